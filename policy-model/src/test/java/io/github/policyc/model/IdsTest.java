package io.github.policyc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IdsTest {

    /** Characters on both sides of every class edge of the pattern, to build random ids from. */
    private static final char[] CHARACTERS = "azAZ09@[`{/:-_.^ é\n".toCharArray();

    @Test
    void agreesWithThePatternOnRandomIds() {
        Random random = new Random(8);
        int valid = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                id.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
            }
            assertThat(Ids.isValid(id.toString())).as("%s", id).isEqualTo(Ids.matchesPattern(id.toString()));
            valid += Ids.isValid(id.toString()) ? 1 : 0;
        }
        assertThat(valid).isGreaterThan(1000);
    }

    @Test
    void boundsTheLength() {
        assertThat(Ids.isValid("a".repeat(100))).isTrue();
        assertThat(Ids.isValid("a".repeat(101))).isFalse();
        assertThat(Ids.isValid("")).isFalse();
        assertThat(Ids.isValid(null)).isFalse();
    }
}
