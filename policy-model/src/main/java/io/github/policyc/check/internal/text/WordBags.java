package io.github.policyc.check.internal.text;

import java.util.Arrays;

/**
 * The similarity of two texts' words counted with repeats: |A∩B| / |A∪B| of multisets. One changed,
 * inserted or removed word in a text of {@code n} words costs about {@code 1/n}, whether or not the word
 * occurs elsewhere in the text; word order does not count.
 */
public final class WordBags {

    private WordBags() {
    }

    /** The similarity of two texts given as word ids (see {@link Vocabulary}), in any order. */
    public static double similarity(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return jaccard(x, y);
    }

    /**
     * Whether two multisets, given as sorted word ids, are at least {@code threshold} alike. |A∩B| ≤ min
     * and |A∪B| ≥ max of their sizes, so texts of very different length need no merge.
     */
    static boolean alike(int[] a, int[] b, double threshold) {
        return Math.min(a.length, b.length) >= threshold * Math.max(a.length, b.length)
                && jaccard(a, b) >= threshold;
    }

    /** |A∩B| / |A∪B| of two multisets given as sorted word ids; 1 for two empty ones. */
    static double jaccard(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 1;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
