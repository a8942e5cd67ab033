package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents shuffled together from the seed's lines and hostile fragments, with a fixed random seed:
 * each import must load, and each copied run in its source map must be the original's text.
 */
class RandomDocumentsTest {

    private static final List<String> HOSTILE = List.of("", "", "\"quoted\": #1", "- dash", "{{contact nobody}}",
            "  • bullet", "1. numbered", "Why?", "Heading", "key: value", "---", "<b>tag</b> & &amp;", "Q&A; &copy; &#233; &#x1F600; x", "&&amp;&;", "\\ back",
            "a@b.example", "Logo@2x.png", "Last updated 1 May 2024", "This is the privacy policy of Foo Ltd.",
            "registered office is 1 Road, Town, AB1 2CD", "speak with HR", "\t\ttabs\t", "interior\ttab  and  spaces", "😀 emoji", "[x](y)");

    @TempDir
    Path dir;

    @Test
    void everyRandomDocumentImportsLoadsAndMapsBackFaithfully() throws Exception {
        List<String> seed = Files.readAllLines(SeedImportTest.SEED);
        Random random = new Random(20240301);
        for (int round = 0; round < 60; round++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0, n = random.nextInt(80); i < n; i++) {
                lines.add(random.nextInt(3) == 0 ? HOSTILE.get(random.nextInt(HOSTILE.size()))
                        : seed.get(random.nextInt(seed.size())));
            }
            String text = String.join("\n", lines);
            boolean html = round % 4 == 3;
            String document = html ? "<html><body>" + text.replace("Heading", "<h2>Heading</h2>") + "</body></html>" : text;

            ImportResult result = PolicyImporter.create().importText("random", document,
                    html ? SourceFormat.HTML : SourceFormat.TEXT);
            Path model = dir.resolve("round-" + round);
            ImportWriter.create().write(result, model);
            PolicyLoader.create().load(model.resolve("policy.yaml"));
            if (html) {
                assertMappedCharactersAreOriginal(result, document.split("\n", -1));
            } else {
                assertCopiedRunsAreOriginal(result, document.split("\n", -1));
            }
        }
    }

    /**
     * In HTML, every character of a copied run stands at its place in the source: the same character, white
     * space for white space, or the first character of the entity it was decoded from ({@code &amp;}), and
     * no run goes on past an entity, where the source is longer than the text.
     */
    private static void assertMappedCharactersAreOriginal(ImportResult result, String[] original) {
        for (Map.Entry<String, List<SourceMap.Line>> file : result.sourceMap().files().entrySet()) {
            String[] generated = result.files().get(file.getKey()).split("\n", -1);
            for (SourceMap.Line line : file.getValue()) {
                for (SourceMap.Segment s : line.segments()) {
                    String source = original[s.originalLine() - 1];
                    for (int k = 0; k < s.length(); k++) {
                        char copied = generated[line.line() - 1].charAt(s.column() - 1 + k);
                        int at = s.originalColumn() - 1 + k;
                        assertThat(at).as("a mapped offset within its line or at its end").isLessThanOrEqualTo(source.length());
                        char written = at < source.length() ? source.charAt(at) : '\n';
                        String where = file.getKey() + ":" + line.line() + ":" + (s.column() + k) + " -> "
                                + s.originalLine() + ":" + (at + 1) + " in \"" + source + "\"";
                        if (written == '&' && (copied != '&' || source.startsWith("&amp;", at))) {
                            assertThat(k).as("an entity ends its run: %s", where).isEqualTo(s.length() - 1);
                        } else if (Character.isWhitespace(copied)) {
                            assertThat(Character.isWhitespace(written)).as("white space at %s", where).isTrue();
                        } else {
                            assertThat(written).as("the character at %s", where).isEqualTo(copied);
                        }
                    }
                }
            }
        }
    }

    private static void assertCopiedRunsAreOriginal(ImportResult result, String[] original) {
        for (Map.Entry<String, List<SourceMap.Line>> file : result.sourceMap().files().entrySet()) {
            String[] generated = result.files().get(file.getKey()).split("\n", -1);
            for (SourceMap.Line line : file.getValue()) {
                for (SourceMap.Segment s : line.segments()) {
                    if (s.length() > 0) {
                        String copied = generated[line.line() - 1].substring(s.column() - 1, s.column() - 1 + s.length());
                        String source = original[s.originalLine() - 1];
                        String at = source.substring(s.originalColumn() - 1, Math.min(source.length(),
                                s.originalColumn() - 1 + s.length()));
                        // A space stands for the run of white space it replaced, and points at its start.
                        assertThat(at.replaceAll("\\s+", " ")).isEqualTo(copied.replaceAll("\\s+", " "));
                    }
                }
            }
        }
    }
}
