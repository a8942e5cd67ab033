package io.github.policyc.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    /** The loop that collapses white space does what the regex it replaced did. */
    @Test
    void collapsesWhiteSpaceAsTheRegexDid() {
        String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003\u001c.";
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThat(TextBlocks.collapseWhitespace(input)).as("%s", input).isEqualTo(input.replaceAll("\\s+", " "));
        }
    }
}
