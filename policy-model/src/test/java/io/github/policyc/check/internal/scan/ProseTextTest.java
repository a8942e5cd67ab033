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
}
