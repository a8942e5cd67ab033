package io.github.policyc.check.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

    @Test
    void isReproducible() {
        long[] set = LongStream.range(0, 30).map(Hashes::mix).toArray();
        assertThat(new MinHash(125, 7).signature(set)).isEqualTo(new MinHash(125, 7).signature(set));
        assertThat(new MinHash(125, 7).signature(set)).isNotEqualTo(new MinHash(125, 8).signature(set));
    }

    @Test
    void agreementEstimatesJaccardSimilarity() {
        // 0..299 and 100..399: 200 common elements of 400, Jaccard 0.5.
        long[] a = LongStream.range(0, 300).map(Hashes::mix).toArray();
        long[] b = LongStream.range(100, 400).map(Hashes::mix).toArray();
        MinHash minHash = new MinHash(1000, 1);
        int[] x = minHash.signature(a);
        int[] y = minHash.signature(b);
        int agree = 0;
        for (int i = 0; i < x.length; i++) {
            agree += x[i] == y[i] ? 1 : 0;
        }
        assertThat(agree / 1000.0).isBetween(0.45, 0.55);
    }

    @Test
    void ignoresOrderAndRepeats() {
        MinHash minHash = new MinHash(50, 3);
        assertThat(minHash.signature(new long[] {5, 9, 11})).isEqualTo(minHash.signature(new long[] {11, 5, 9, 5}));
    }
}
