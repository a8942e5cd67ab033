package io.github.policyc.benchmarks;

import io.github.policyc.check.internal.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DUP-N: {@code n} generated paragraphs of 40 to 80 words with known duplicates planted among them.
 * Per 1,000 paragraphs: 15 pairs and 5 triples of exact copies; 20 near-duplicate pairs each with 1, 2
 * and 3 changed words (each change a substitution, insertion or deletion of one word); 5 triples of a
 * paragraph and two edited copies; 5 triples of a paragraph, an exact copy and an edited copy. All other
 * paragraphs are unrelated. Positions are shuffled. The same {@code n} and seed give the same corpus.
 *
 * @param paragraphs the text of each paragraph
 * @param family     for each paragraph, its family: paragraphs planted as copies of each other share one
 * @param planted    the planted pairs: a paragraph and a copy of it with {@code edits} changed words (0 for
 *                   an exact copy)
 */
record DupCorpus(List<String> paragraphs, int[] family, List<DupCorpus.Planted> planted) {

    static final int MIN_WORDS = 40;
    static final int MAX_WORDS = 80;
    private static final int PARAGRAPHS_PER_DOCUMENT = 40;

    /** A planted pair, by paragraph index. */
    record Planted(int original, int copy, int edits) {
    }

    static DupCorpus generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ProseGenerator prose = new ProseGenerator(random.split());
        Builder corpus = new Builder();
        int perMille = n / 1000;
        for (int i = 0; i < 15 * perMille; i++) {
            corpus.family(prose, random, 0, 0);
        }
        for (int i = 0; i < 5 * perMille; i++) {
            corpus.family(prose, random, 0, 0, 0);
        }
        for (int edits = 1; edits <= 3; edits++) {
            for (int i = 0; i < 20 * perMille; i++) {
                corpus.family(prose, random, 0, edits);
            }
        }
        for (int i = 0; i < 5 * perMille; i++) {
            corpus.family(prose, random, 0, 1 + random.nextInt(3), 1 + random.nextInt(3));
        }
        for (int i = 0; i < 5 * perMille; i++) {
            corpus.family(prose, random, 0, 0, 1 + random.nextInt(3));
        }
        while (corpus.texts.size() < n) {
            corpus.family(prose, random, 0);
        }
        return corpus.shuffled(random);
    }

    private static final class Builder {
        private final List<String> texts = new ArrayList<>();
        private final List<Integer> families = new ArrayList<>();
        private final List<Planted> planted = new ArrayList<>();
        private int family;

        /** An original and its copies, one per element of {@code edits} after the first (which is 0). */
        void family(ProseGenerator prose, SplittableRandom random, int... edits) {
            if (family % PARAGRAPHS_PER_DOCUMENT == 0) {
                prose.newDocument();
            }
            String original = prose.paragraph(MIN_WORDS, MAX_WORDS);
            int originalIndex = texts.size();
            add(original);
            for (int c = 1; c < edits.length; c++) {
                planted.add(new Planted(originalIndex, texts.size(), edits[c]));
                add(edits[c] == 0 ? original : edit(original, edits[c], prose, random));
            }
            family++;
        }

        private void add(String text) {
            texts.add(text);
            families.add(family);
        }

        DupCorpus shuffled(SplittableRandom random) {
            int n = texts.size();
            int[] position = new int[n];
            for (int i = 0; i < n; i++) {
                position[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = position[i];
                position[i] = position[j];
                position[j] = t;
            }
            String[] shuffledTexts = new String[n];
            int[] shuffledFamilies = new int[n];
            for (int i = 0; i < n; i++) {
                shuffledTexts[position[i]] = texts.get(i);
                shuffledFamilies[position[i]] = families.get(i);
            }
            List<Planted> pairs = planted.stream()
                    .map(p -> new Planted(position[p.original()], position[p.copy()], p.edits())).toList();
            return new DupCorpus(List.of(shuffledTexts), shuffledFamilies, pairs);
        }
    }

    /** The text with {@code edits} words at distinct places substituted, inserted or deleted. */
    static String edit(String text, int edits, ProseGenerator prose, SplittableRandom random) {
        String[] words = text.split(" ");
        while (true) {
            List<String> edited = new ArrayList<>(List.of(words));
            int[] places = random.ints(0, words.length).distinct().limit(edits).sorted().toArray();
            for (int e = places.length - 1; e >= 0; e--) {
                int at = places[e];
                switch (random.nextInt(3)) {
                    case 0 -> edited.set(at, prose.anyWord() + trailingPunctuation(edited.get(at)));
                    case 1 -> edited.add(at, prose.anyWord());
                    default -> edited.remove(at);
                }
            }
            String result = String.join(" ", edited);
            // A substitution may draw the word it replaces, or a word that splits in two: draw again.
            if (WordEdits.distance(Words.of(text), Words.of(result)) == edits) {
                return result;
            }
        }
    }

    private static String trailingPunctuation(String word) {
        return word.endsWith(".") || word.endsWith(",") ? word.substring(word.length() - 1) : "";
    }
}
