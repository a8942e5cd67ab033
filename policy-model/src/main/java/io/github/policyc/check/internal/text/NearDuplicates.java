package io.github.policyc.check.internal.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds groups of texts whose words are nearly the same, without comparing all pairs.
 *
 * <p>Similarity is {@link WordBags}' Jaccard similarity of the texts' words counted with repeats: one
 * changed, inserted or removed word in a text of {@code n} words costs about {@code 1/n}.
 *
 * <p>Candidate pairs come from MinHash signatures and locality-sensitive hashing (LSH); each candidate is
 * then compared exactly, on all its words, and confirmed pairs are joined into groups (transitively).
 * Signatures leave out stop words, which every text has, so that unrelated texts rarely become
 * candidates. There are two kinds:
 *
 * <ul>
 *   <li>Distinctive words, banded {@value #BANDS} × {@value #ROWS}: in a corpus of
 *       {@value #MIN_TEXTS_FOR_DF} texts or more, words found in more than {@value #MAX_DF_PERCENT}% of
 *       the texts are left out too, since unrelated texts share them. A pair whose distinctive words are
 *       0.74 alike (three changed in twenty) is a candidate with probability 0.998; a pair at 0.1 with
 *       probability 0.00025.
 *   <li>All words but stop words, banded {@value #CLOSE_BANDS} × {@value #CLOSE_ROWS}, only when frequent
 *       words were left out of the first kind: this finds texts that are very alike (0.9: probability
 *       0.99) even when their shared words are frequent ones, as in a large cluster of copies of one
 *       template, whose shared words are frequent because the cluster is large.
 * </ul>
 *
 * <p>Hash functions come from fixed seeds and buckets are found by sorting, so the result is the same on
 * every run.
 *
 * <p>Fewer than {@value #MIN_TEXTS_FOR_LSH} texts, such as the paragraphs of one policy, are paired by
 * {@link PrefixFilter} instead, which misses no pair and costs less than signing the texts.
 */
public final class NearDuplicates {

    static final int BANDS = 25;
    static final int ROWS = 5;
    static final int CLOSE_BANDS = 10;
    static final int CLOSE_ROWS = 10;
    static final int BUCKET_CAP = 50;
    static final int MIN_TEXTS_FOR_DF = 1000;
    static final int MAX_DF_PERCENT = 10;
    static final int MIN_TEXTS_FOR_LSH = 1000;
    private static final long SEED = 0x5eed_d0c5_f00dL;
    private static final long CLOSE_SEED = 0xc105_e5eed_d0c5L;

    /**
     * Groups of indices of near-duplicate texts, and what finding them cost.
     *
     * @param groups        each group's indices in ascending order, groups ordered by their first index
     * @param candidates    pairs the banding proposed, repeats included
     * @param verifications pairs compared exactly
     */
    public record Result(List<int[]> groups, long candidates, long verifications) {
    }

    private final double threshold;
    private final MinHash minHash;
    private final LshBands lsh;
    private final MinHash closeMinHash = new MinHash(CLOSE_BANDS * CLOSE_ROWS, CLOSE_SEED);
    private final LshBands closeLsh = new LshBands(CLOSE_BANDS, CLOSE_ROWS, BUCKET_CAP);

    /** Finds texts at least {@code threshold} alike. */
    public NearDuplicates(double threshold) {
        this(threshold, BANDS, ROWS);
    }

    /** Finds texts at least {@code threshold} alike, banding distinctive words otherwise, to measure the effect. */
    public NearDuplicates(double threshold, int bands, int rows) {
        this.threshold = threshold;
        this.lsh = new LshBands(bands, rows, BUCKET_CAP);
        this.minHash = new MinHash(bands * rows, SEED);
    }

    /** The groups among {@code texts}, each given as word ids from {@code vocabulary} (see {@link Words}). */
    public Result find(List<int[]> texts, Vocabulary vocabulary) {
        Verifier verifier;
        if (texts.size() < MIN_TEXTS_FOR_LSH) {
            int[][] bags = PrefixFilter.rankedBags(texts, vocabulary.size());
            verifier = new Verifier(bags, threshold, false);
            PrefixFilter.candidates(bags, threshold, verifier);
        } else {
            int[][] bags = bags(texts);
            verifier = new Verifier(bags, threshold, true);
            bandedCandidates(bags, vocabulary, verifier);
        }
        return new Result(verifier.groups.groups(), verifier.candidates, verifier.verifications);
    }

    /** The groups found by signatures and banding alone, whatever the number of texts: the oracle of tests. */
    Result findByBanding(List<int[]> texts, Vocabulary vocabulary) {
        int[][] bags = bags(texts);
        Verifier verifier = new Verifier(bags, threshold, true);
        bandedCandidates(bags, vocabulary, verifier);
        return new Result(verifier.groups.groups(), verifier.candidates, verifier.verifications);
    }

    private static int[][] bags(List<int[]> texts) {
        int[][] bags = new int[texts.size()][];
        for (int i = 0; i < bags.length; i++) {
            bags[i] = texts.get(i).clone();
            Arrays.sort(bags[i]);
        }
        return bags;
    }

    private void bandedCandidates(int[][] bags, Vocabulary vocabulary, Verifier verifier) {
        int n = bags.length;
        long[] hashes = new long[vocabulary.size()];
        boolean[] meaningful = new boolean[vocabulary.size()];
        for (int id = 0; id < hashes.length; id++) {
            hashes[id] = Hashes.of(vocabulary.word(id));
            meaningful[id] = !StopWords.contains(vocabulary.word(id));
        }
        int[] df = documentFrequencies(bags, vocabulary.size());
        int maxDf = n >= MIN_TEXTS_FOR_DF ? n * MAX_DF_PERCENT / 100 : n;
        boolean[] distinctive = new boolean[hashes.length];
        boolean frequentLeftOut = false;
        for (int id = 0; id < hashes.length; id++) {
            distinctive[id] = meaningful[id] && df[id] <= maxDf;
            frequentLeftOut |= meaningful[id] && !distinctive[id];
        }

        lsh.candidates(signatures(bags, hashes, distinctive, minHash), verifier);
        if (frequentLeftOut) {
            closeLsh.candidates(signatures(bags, hashes, meaningful, closeMinHash), verifier);
        }
    }

    /** Compares candidates exactly, once per pair, and joins those alike. */
    private static final class Verifier implements LshBands.PairVisitor {
        private final int[][] bags;
        private final double threshold;
        private final UnionFind groups;
        /** Pairs found unlike, when the same pair may come again; {@code null} when each comes once. */
        private final Set<Long> rejected;
        private long candidates;
        private long verifications;

        Verifier(int[][] bags, double threshold, boolean pairsRepeat) {
            this.bags = bags;
            this.threshold = threshold;
            this.rejected = pairsRepeat ? new HashSet<>() : null;
            this.groups = new UnionFind(bags.length);
        }

        @Override
        public void visit(int a, int b) {
            candidates++;
            long pair = (long) a * bags.length + b;
            if (groups.connected(a, b) || rejected != null && rejected.contains(pair)) {
                return;
            }
            verifications++;
            if (WordBags.alike(bags[a], bags[b], threshold)) {
                groups.union(a, b);
            } else if (rejected != null) {
                rejected.add(pair);
            }
        }
    }

    private static int[] documentFrequencies(int[][] bags, int words) {
        int[] df = new int[words];
        for (int[] bag : bags) {
            for (int w = 0; w < bag.length; w++) {
                if (w == 0 || bag[w] != bag[w - 1]) {
                    df[bag[w]]++;
                }
            }
        }
        return df;
    }

    private static int[][] signatures(int[][] bags, long[] hashes, boolean[] included, MinHash minHash) {
        int[][] signatures = new int[bags.length][];
        for (int i = 0; i < bags.length; i++) {
            signatures[i] = minHash.signature(elements(bags[i], hashes, included));
        }
        return signatures;
    }

    /**
     * The set a signature is taken over: each included word once per occurrence, tagged with its
     * occurrence number, so that set similarity equals the similarity of the words with repeats. A text of
     * nothing but excluded words is signed by all its words, so that it still has a signature.
     */
    private static long[] elements(int[] bag, long[] hashes, boolean[] included) {
        int count = 0;
        for (int id : bag) {
            count += included[id] ? 1 : 0;
        }
        boolean all = count == 0;
        long[] elements = new long[all ? bag.length : count];
        int e = 0;
        int occurrence = 0;
        for (int w = 0; w < bag.length; w++) {
            occurrence = w > 0 && bag[w] == bag[w - 1] ? occurrence + 1 : 0;
            if (all || included[bag[w]]) {
                elements[e++] = hashes[bag[w]] + occurrence * 0x9e3779b97f4a7c15L;
            }
        }
        return elements;
    }
}
