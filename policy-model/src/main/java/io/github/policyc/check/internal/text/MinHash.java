package io.github.policyc.check.internal.text;

import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code size} hash functions, the least hash over a set's elements.
 * Two sets agree at one position with probability equal to their Jaccard similarity. The functions
 * come from a fixed seed, so signatures are reproducible.
 */
final class MinHash {

    private final long[] seeds;

    MinHash(int size, long seed) {
        this.seeds = new SplittableRandom(seed).longs(size).toArray();
    }

    int size() {
        return seeds.length;
    }

    /** The signature of a set given by its elements' 64-bit hashes (repeats do not matter). */
    int[] signature(long[] elements) {
        int[] signature = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            long seed = seeds[i];
            int min = Integer.MAX_VALUE;
            for (long element : elements) {
                int h = (int) (Hashes.mix(element ^ seed) >>> 33);
                if (h < min) {
                    min = h;
                }
            }
            signature[i] = min;
        }
        return signature;
    }
}
