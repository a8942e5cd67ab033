package io.github.policyc.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.ExamplePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blocks collapse white space by hand; they must read as the pattern {@code \s+} replaced by a space. */
class TextBlocksTest {

    private static void assertSameAsThePattern(String text) {
        assertThat(TextBlocks.collapseWhiteSpace(text)).as("%s", text).isEqualTo(text.replaceAll("\\s+", " "));
    }

    /** White space of every kind, and characters that are not \s although they look so. */
    private static final String[] PIECES = {"a", "Zoë", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\r\n",
        "\u00A0", "\u2003", "\u2028", "\u0085", "\u001C", "\uFFFC", "word", ".", "\uD83D\uDE00"};

    @Test
    void collapsesAsThePatternInRandomText() {
        Random random = new Random(57);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameAsThePattern(text.toString());
        }
    }

    @Test
    void collapsesAsThePatternInTheExamplePolicy() throws IOException {
        List<Path> files = ExamplePolicy.sourceFiles();
        for (Path file : files) {
            assertSameAsThePattern(Files.readString(file));
        }
    }

    @Test
    void collapsesEachRunToOneSpace() {
        assertThat(TextBlocks.collapseWhiteSpace("a \t\n b\u000B\fc d")).isEqualTo("a b c d");
        String plain = "nothing to collapse";
        assertThat(TextBlocks.collapseWhiteSpace(plain)).isSameAs(plain);
    }
}
