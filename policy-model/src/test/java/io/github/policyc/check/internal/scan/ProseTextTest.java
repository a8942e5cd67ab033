package io.github.policyc.check.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.check.ProseField;
import io.github.policyc.model.Location;
import io.github.policyc.model.Prose;
import org.junit.jupiter.api.Test;

class ProseTextTest {

    private static ProseText read(String markdown) {
        return ProseText.of(new ProseField("section 'x'", "body", new Prose(markdown, new Location("x.md", 1, 1), 0)));
    }

    @Test
    void blanksLinkSyntaxAndEmphasisButKeepsTheirWordsAndOffsets() {
        ProseText text = read("Read our [Cookie Policy](https://x.test \"t\") and *this*.");

        assertThat(text.text()).hasSize("Read our [Cookie Policy](https://x.test \"t\") and *this*.".length());
        assertThat(text.text().replaceAll(" +", " ")).isEqualTo("Read our Cookie Policy and this .");
        assertThat(text.links()).singleElement().satisfies(link -> {
            assertThat(link.destination()).isEqualTo("https://x.test");
            assertThat(link.text()).isEqualTo("Cookie Policy");
            assertThat(link.start()).isEqualTo(9);
        });
    }

    @Test
    void hidesCommentsDefinitionsAndDirectivesFromPhrasePatterns() {
        ProseText text = read("Email {{contact dpo}} now. <!-- policyc:ignore PC303 why -->\n\n[ref]: https://x.test\n");

        assertThat(text.text()).doesNotContain("contact dpo", "policyc", "https://x.test")
                .contains("Email " + String.valueOf(ProseText.HIDDEN).repeat(15) + " now.");
        assertThat(text.directives()).singleElement().satisfies(d -> assertThat(d.start()).isEqualTo(6));
    }

    @Test
    void leavesUnknownDirectivesAndRawTagsAsText() {
        ProseText text = read("{{nonsense}} and <company name>");

        assertThat(text.text()).isEqualTo("{{nonsense}} and <company name>");
    }

    @Test
    void locatesOffsetsInAFoldedScalarOnTheLineTheyAreWrittenOn() {
        String source = """
                purposes:
                  jobs:
                    description: >-
                      If you apply, send us your CV.
                      Please read our staff handbook.
                """;
        // The loader folds the scalar: one line, the line breaks become spaces.
        Prose prose = new Prose("If you apply, send us your CV. Please read our staff handbook.",
                new Location("p.yaml", 4, 7), 6);
        ProseText text = ProseText.of(new ProseField("purpose 'jobs'", "description", prose), source);

        int offset = prose.text().indexOf("our staff");
        assertThat(prose.locateOffset(offset)).isEqualTo(new Location("p.yaml", 4, 7 + offset));
        assertThat(text.locate(offset)).isEqualTo(new Location("p.yaml", 5, 19));
        assertThat(text.locate(3)).isEqualTo(new Location("p.yaml", 4, 10));
    }

    /** Pieces of Markdown, to build random texts from; the four syntax characters come up now and then. */
    private static final String[] PIECES = {"a", "word", " ", "  ", "\n", "\n\n", "    ", "\t", "!", "(", ")", "]",
        ":", "http://x.test", "mail@x.test", "&amp;", "&#42;", "\\", "#", "# ", "---", "===", "> ", "- ", "1. ", "|",
        "`", "``", "~~~", "\"", "'", "-->", "!--", "{{", "}}", "{{contact dpo}}", "é", "\uFFFC", "[", "<", "*", "_"};

    /**
     * Texts without {@code [}, {@code <}, {@code *} or {@code _} are not parsed: the parse, done anyway,
     * must blank and hide nothing in them and find no link.
     */
    @Test
    void textsWithoutSyntaxCharactersNeedNoParse() {
        java.util.Random random = new java.util.Random(8);
        int withoutSyntax = 0;
        int changedWithSyntax = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(PIECES[random.nextInt(random.nextBoolean() ? PIECES.length : PIECES.length - 4)]);
            }
            String source = text.toString();
            char[] out = source.toCharArray();
            java.util.List<ProseText.LinkAt> links = ProseText.blankMarkdown(source, out);
            if (ProseText.mayHoldSyntax(source)) {
                changedWithSyntax += links.isEmpty() && source.equals(new String(out)) ? 0 : 1;
            } else {
                withoutSyntax++;
                assertThat(links).as("%s", source).isEmpty();
                assertThat(new String(out)).as("%s", source).isEqualTo(source);
                assertThat(read(source).text()).isEqualTo(read(source + "[").text().substring(0, source.length()));
            }
        }
        assertThat(withoutSyntax).isGreaterThan(1_500);
        assertThat(changedWithSyntax).isGreaterThan(20);
    }
}
