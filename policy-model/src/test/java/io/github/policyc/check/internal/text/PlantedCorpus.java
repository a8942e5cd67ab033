package io.github.policyc.check.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small seeded corpus of paragraphs of 40 to 80 words with planted near-duplicate pairs, for tests
 * of recall that must not depend on timing. About 45% of the words are common function words and the
 * rest come from 600 content words with Zipf-like frequencies, so unrelated paragraphs share words as
 * prose does. Each planted copy differs from its original by 1, 2 or 3 words substituted, inserted or
 * deleted at distinct places.
 */
final class PlantedCorpus {

    private static final String[] FUNCTION_WORDS = ("the of and to in we your our you for is may with by this"
            + " that or as be are on it any not will from at can if all").split(" ");
    private static final int CONTENT_WORDS = 600;

    /** A planted pair of paragraph indices and the number of changed words. */
    record Pair(int original, int copy, int edits) {
    }

    final List<List<String>> paragraphs = new ArrayList<>();
    final List<Integer> family = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();

    private final SplittableRandom random;
    private final double[] zipf = new double[CONTENT_WORDS];

    /** {@code size} paragraphs, of which {@code pairsPerEdit} pairs for each of 1, 2 and 3 changed words. */
    PlantedCorpus(int size, int pairsPerEdit, long seed) {
        random = new SplittableRandom(seed);
        double sum = 0;
        for (int i = 0; i < CONTENT_WORDS; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < CONTENT_WORDS; i++) {
            zipf[i] /= sum;
        }
        for (int edits = 1; edits <= 3; edits++) {
            for (int p = 0; p < pairsPerEdit; p++) {
                List<String> original = paragraph();
                int familyId = family.size();
                pairs.add(new Pair(add(original, familyId), add(edit(original, edits), familyId), edits));
            }
        }
        while (paragraphs.size() < size) {
            add(paragraph(), family.size());
        }
    }

    private int add(List<String> paragraph, int familyId) {
        paragraphs.add(paragraph);
        family.add(familyId);
        return paragraphs.size() - 1;
    }

    private List<String> paragraph() {
        List<String> words = new ArrayList<>();
        for (int i = 0, n = 40 + random.nextInt(41); i < n; i++) {
            words.add(random.nextDouble() < 0.45 ? FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)] : content());
        }
        return words;
    }

    private String content() {
        double u = random.nextDouble();
        int i = 0;
        while (zipf[i] < u) {
            i++;
        }
        return "w" + i;
    }

    private List<String> edit(List<String> original, int edits) {
        List<String> copy = new ArrayList<>(original);
        int[] places = random.ints(0, original.size()).distinct().limit(edits).sorted().toArray();
        for (int e = places.length - 1; e >= 0; e--) {
            switch (random.nextInt(3)) {
                case 0 -> copy.set(places[e], "new" + random.nextInt(1_000_000));
                case 1 -> copy.add(places[e], "new" + random.nextInt(1_000_000));
                default -> copy.remove(places[e]);
            }
        }
        return copy;
    }
}
