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
     * Whether two multisets, given as sorted word ids, are at least {@code threshold} alike: whether
     * {@link #jaccard} is. |A∩B| ≤ min and |A∪B| ≥ max of their sizes, so texts of very different length
     * need no merge, and the merge stops as soon as too few words are left to share: most pairs compared
     * are unrelated, and their merge stops after a few words.
     */
    static boolean alike(int[] a, int[] b, double threshold) {
        if (!(Math.min(a.length, b.length) >= threshold * Math.max(a.length, b.length))) {
            return false;
        }
        int needed = leastCommon(a.length + b.length, Math.min(a.length, b.length), threshold);
        if (needed < 0) {
            return false;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else {
                if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
                if (common + Math.min(a.length - i, b.length - j) < needed) {
                    return false;
                }
            }
        }
        return common >= needed;
    }

    /**
     * The least number of shared words that makes {@link #jaccard} of texts of {@code total} words in all
     * at least {@code threshold}, or -1 when not even {@code most} does. Found by evaluating the ratio as
     * {@code jaccard} does, since the ratio grows with the words shared and rounding keeps that order.
     */
    private static int leastCommon(int total, int most, double threshold) {
        if (total == 0) {
            return 0;
        }
        int common = Math.max(0, Math.min(most, (int) Math.ceil(threshold * total / (1 + threshold))));
        while (common > 0 && ratio(common - 1, total) >= threshold) {
            common--;
        }
        while (common <= most && ratio(common, total) < threshold) {
            common++;
        }
        return common > most ? -1 : common;
    }

    private static double ratio(int common, int total) {
        return (double) common / (total - common);
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
