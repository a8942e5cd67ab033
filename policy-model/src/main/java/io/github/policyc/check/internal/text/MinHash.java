package io.github.policyc.check.internal.text;

import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code size} hash functions, the least hash over a set's elements.
 * Two sets agree at one position with probability (close to) their Jaccard similarity.
 *
 * <p>Elements arrive as well-mixed 64-bit hashes, so each function need only be {@code a·x + b} (mod
 * 2^64, {@code a} odd) keeping the high bits: one multiplication per element and function, the cost
 * that dominates signing. The functions come from a fixed seed, so signatures are reproducible.
 */
final class MinHash {

    private final long[] multipliers;
    private final long[] increments;

    MinHash(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[size];
        increments = new long[size];
        for (int i = 0; i < size; i++) {
            multipliers[i] = random.nextLong() | 1;
            increments[i] = random.nextLong();
        }
    }

    int size() {
        return multipliers.length;
    }

    /** The signature of a set given by its elements' mixed 64-bit hashes (repeats do not matter). */
    int[] signature(long[] elements) {
        int[] signature = new int[multipliers.length];
        for (int i = 0; i < multipliers.length; i++) {
            long a = multipliers[i];
            long b = increments[i];
            int min = Integer.MAX_VALUE;
            for (long element : elements) {
                int h = (int) ((element * a + b) >>> 33);
                if (h < min) {
                    min = h;
                }
            }
            signature[i] = min;
        }
        return signature;
    }
}
