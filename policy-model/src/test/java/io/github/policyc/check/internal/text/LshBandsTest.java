package io.github.policyc.check.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LshBandsTest {

    private static List<String> pairs(LshBands lsh, int[][] signatures) {
        List<String> pairs = new ArrayList<>();
        lsh.candidates(signatures, (a, b) -> pairs.add(a + "-" + b));
        return pairs;
    }

    @Test
    void signaturesAgreeingOnOneWholeBandAreCandidates() {
        int[][] signatures = {
            {1, 2, 3, 4, 5, 6},
            {9, 9, 9, 4, 5, 6},
            {1, 2, 9, 9, 5, 9},
        };
        // Bands of 3 rows: 0 and 1 agree on the second band; 0 and 2 agree on no whole band.
        assertThat(pairs(new LshBands(2, 3, 10), signatures)).containsExactly("0-1");
    }

    @Test
    void aHugeBucketCostsLinearTime() {
        int[][] signatures = new int[1000][];
        for (int i = 0; i < signatures.length; i++) {
            signatures[i] = new int[] {7, 7};
        }
        List<String> pairs = pairs(new LshBands(1, 2, 5), signatures);
        // Each member meets only the 5 before it: 0+1+2+3+4 + 995 × 5.
        assertThat(pairs).hasSize(10 + 995 * 5).contains("0-1", "994-999").doesNotContain("0-999");
    }

    @Test
    void reportsLowerIndexFirstInTheSameOrderEveryTime() {
        int[][] signatures = {{3, 3}, {1, 1}, {3, 3}, {1, 1}};
        LshBands lsh = new LshBands(2, 1, 10);
        assertThat(pairs(lsh, signatures)).hasSize(4).containsOnly("0-2", "1-3").isEqualTo(pairs(lsh, signatures));
    }

    @Test
    void rejectsEmptyBanding() {
        assertThatThrownBy(() -> new LshBands(0, 5, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
