package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.CheckContext;
import io.github.policyc.check.CheckOptions;
import io.github.policyc.check.TextBlock;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.RightKind;
import io.github.policyc.model.Section;
import io.github.policyc.publish.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that means something to YAML, Markdown or policyc comes through the import as the same text. */
class HostileImportTest {

    static final String DOCUMENT = """
            Privacy "Policy": #1 {{contact dpo}} \\ back

            - Key: value # not a comment
            - {{rights}}
            - [link](javascript:alert(1))

            A paragraph with "quotes": colons, # hashes, a backslash \\ and \\\\ two, *stars*, _under_scores_, `ticks`, <b>tags</b>, &amp; entities, {{contact nobody}}, {{table purposes}}, {{unknown thing}} and {{{triple}}}.

            #hashtag at the start, and more words after it to make this a paragraph.

            1986. A year, not a list item, as the words after it show.

            ---

            > not a quote, but the words of a paragraph that starts with a bracket

            What about "YAML": - dashes, #hashes and {{braces}}?

            +44 161 000 0000 is a phone number, not a list item.

            Your rights?

            The right to object: "quoted" #3
            This is the right to object, explained under a heading of its own.

            key: value, and more words after it so that it is a paragraph of its own.

            # not a comment but text, and more words so that it is a paragraph

            --- not a document marker, and more words so that it is a paragraph
            """;

    @TempDir
    Path dir;

    @Test
    void everyLineOfTheDocumentReadsTheSameInTheModel() throws Exception {
        ImportResult result = PolicyImporter.create().importText("hostile.txt", DOCUMENT, SourceFormat.TEXT);
        ImportWriter.create().write(result, dir);
        LoadedPolicy policy = PolicyLoader.create().withDisplayRoot(dir).read(dir.resolve("policy.yaml"));
        PolicyModel model = policy.model();

        Set<String> texts = new HashSet<>();
        texts.add(model.policy().title());
        model.sections().stream().map(Section::title).forEach(texts::add);
        for (TextBlock block : new CheckContext(policy, CheckOptions.DEFAULT).blocks()) {
            texts.add(block.text().replace("\u200B", ""));
        }
        for (String line : DOCUMENT.split("\n")) {
            String text = line.replaceFirst("^- ", "").strip();
            if (!text.isEmpty() && !text.equals("The right to object: \"quoted\" #3")) {
                assertThat(texts).as("the text of the model").contains(text);
            }
        }
        assertThat(model.policy().title()).isEqualTo("Privacy \"Policy\": #1 {{contact dpo}} \\ back");
        assertThat(model.right(RightKind.OBJECTION).orElseThrow().description().text()).isEqualTo("""
                This is the right to object, explained under a heading of its own.

                key: value, and more words after it so that it is a paragraph of its own.

                \\# not a comment but text, and more words so that it is a paragraph

                --- not a document marker, and more words so that it is a paragraph""");
    }

    @Test
    void textThatLooksLikeADirectiveOrMarkupRendersAsText() throws Exception {
        ImportResult result = PolicyImporter.create().importText("hostile.txt", DOCUMENT, SourceFormat.TEXT);
        ImportWriter.create().write(result, dir);

        Site site = PolicyCompiler.create().compile(dir.resolve("policy.yaml"));
        String html = new String(site.files().get("privacy-policy.html"), StandardCharsets.UTF_8);

        assertThat(html).contains("{\u200B{contact nobody}}", "{\u200B{table purposes}}", "{\u200B{\u200B{triple}}}",
                "*stars*", "_under_scores_", "&lt;b&gt;tags&lt;/b&gt;", "&amp;amp; entities", "1986. A year",
                "#hashtag at the start", "[link](javascript:alert(1))");
        assertThat(html).doesNotContain("href=\"javascript", "<b>tags");
    }
}
