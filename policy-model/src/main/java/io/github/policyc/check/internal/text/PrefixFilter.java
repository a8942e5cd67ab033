package io.github.policyc.check.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every pair of texts that can be {@code threshold} alike, exactly, by prefix filtering: with the words of
 * every text ordered the same way, rarest first, two texts at least {@code threshold} alike share a word
 * among the first {@code |x| - ⌈threshold·|x|⌉ + 1} of each. So only texts that share one of their few
 * rarest words become candidates; no pair is missed.
 *
 * <p>A text's words count with repeats, as in {@link WordBags}: the second "data" of a text is a word of
 * its own, so that the overlap of prefixes bounds the overlap of multisets.
 *
 * <p>For a few hundred texts, as in one policy, this costs a fraction of signing them for {@link LshBands};
 * in a large corpus, texts made only of frequent words would pair with nearly every other text.
 */
final class PrefixFilter {

    /** Stands for the (empty) prefix of an empty text, so that empty texts pair with each other. */
    private static final long EMPTY = Long.MIN_VALUE;

    private PrefixFilter() {
    }

    /**
     * The texts as sorted multisets of words renumbered by rarity, rarest first: similarities are those of
     * the texts, and each text's prefix is where it starts.
     *
     * @param vocabularySize the texts' words are below it
     */
    static int[][] rankedBags(List<int[]> texts, int vocabularySize) {
        int[] rank = rarityRanks(texts, vocabularySize);
        int[][] bags = new int[texts.size()][];
        for (int i = 0; i < bags.length; i++) {
            int[] text = texts.get(i);
            int[] bag = new int[text.length];
            for (int w = 0; w < text.length; w++) {
                bag[w] = rank[text[w]];
            }
            Arrays.sort(bag);
            bags[i] = bag;
        }
        return bags;
    }

    /**
     * Visits each candidate pair once, lower index first, in a fixed order.
     *
     * @param bags      the texts from {@link #rankedBags}
     * @param threshold the least similarity sought, above 0
     */
    static void candidates(int[][] bags, double threshold, LshBands.PairVisitor visitor) {
        Map<Long, List<Integer>> index = new HashMap<>();
        int[] seenBy = new int[bags.length];
        Arrays.fill(seenBy, -1);
        for (int x = 0; x < bags.length; x++) {
            int[] bag = bags[x];
            int length = prefixLength(bag.length, threshold);
            int occurrence = 0;
            for (int w = 0; w < length; w++) {
                occurrence = w > 0 && bag[w] == bag[w - 1] ? occurrence + 1 : 0;
                long token = bag.length == 0 ? EMPTY : (long) bag[w] << 32 | occurrence;
                List<Integer> holders = index.computeIfAbsent(token, t -> new ArrayList<>());
                for (int y : holders) {
                    if (seenBy[y] != x) {
                        seenBy[y] = x;
                        visitor.visit(y, x);
                    }
                }
                holders.add(x);
            }
        }
    }

    /** Each word's place when words are ordered by the number of texts that hold them, rarest first. */
    private static int[] rarityRanks(List<int[]> texts, int vocabularySize) {
        int[] df = new int[vocabularySize];
        int[] countedFor = new int[vocabularySize];
        Arrays.fill(countedFor, -1);
        for (int i = 0; i < texts.size(); i++) {
            for (int word : texts.get(i)) {
                if (countedFor[word] != i) {
                    countedFor[word] = i;
                    df[word]++;
                }
            }
        }
        long[] order = new long[vocabularySize];
        for (int word = 0; word < vocabularySize; word++) {
            order[word] = (long) df[word] << 32 | word;
        }
        Arrays.sort(order);
        int[] rank = new int[vocabularySize];
        for (int r = 0; r < vocabularySize; r++) {
            rank[(int) order[r]] = r;
        }
        return rank;
    }

    /**
     * How many of a text's rarest words (each with its occurrence number) pairs are sought by: one more
     * than the bound needs, since the similarity is compared in floating point, which may round a ratio
     * just below the threshold up to it; one (standing for nothing) for an empty text.
     */
    private static int prefixLength(int words, double threshold) {
        return words == 0 ? 1 : Math.min(words, words - (int) Math.ceil(threshold * words) + 2);
    }
}
