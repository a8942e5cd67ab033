package io.github.policyc.check.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordBagsTest {

    private final Vocabulary vocabulary = new Vocabulary();

    private int[] ids(String text) {
        return vocabulary.ids(Words.of(text));
    }

    @Test
    void countsRepeatedWords() {
        // {a, a, b} vs {a, b, b}: common {a, b} = 2, union {a, a, b, b} = 4.
        assertThat(WordBags.similarity(ids("a a b"), ids("a b b"))).isEqualTo(0.5);
        assertThat(WordBags.similarity(ids("b a"), ids("a b"))).isEqualTo(1.0);
        assertThat(WordBags.similarity(ids(""), ids(""))).isEqualTo(1.0);
        assertThat(WordBags.similarity(ids("a"), ids(""))).isEqualTo(0.0);
    }

    @Test
    void aFewChangedWordsInFortyKeepTextsAlike() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add(i % 4 == 0 ? "the" : "w" + i); // repeated words do not make edits cheaper or dearer
        }
        List<String> edited = new ArrayList<>(words);
        edited.set(3, "x");
        edited.set(8, "y");
        edited.set(20, "z");
        // 37 common words, 43 in the union.
        assertThat(WordBags.similarity(vocabulary.ids(words), vocabulary.ids(edited))).isCloseTo(37.0 / 43, within(1e-9));
        List<String> deleted = new ArrayList<>(words.subList(3, 40));
        assertThat(WordBags.similarity(vocabulary.ids(words), vocabulary.ids(deleted))).isCloseTo(37.0 / 40, within(1e-9));
    }

    @Test
    void lengthAloneRulesOutVeryDifferentTexts() {
        int[] shortText = {1, 2, 3};
        int[] longText = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(WordBags.alike(shortText, longText, 0.5)).isFalse();
        assertThat(WordBags.alike(new int[] {1, 2, 3, 4}, new int[] {1, 2, 3, 4, 5}, 0.8)).isTrue();
        assertThat(WordBags.alike(new int[] {1, 2, 3, 4}, new int[] {1, 2, 3, 5}, 0.8)).isFalse();
    }

    /** The merge that stops early decides as the full similarity does, at any threshold. */
    @Test
    void alikeDecidesAsTheSimilarityDoes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int round = 0; round < 200_000; round++) {
            int words = 1 + random.nextInt(8);
            int[] a = sortedText(random, words);
            int[] b = random.nextInt(3) == 0 ? a.clone() : sortedText(random, words);
            if (b.length > 0 && random.nextBoolean()) {
                b[random.nextInt(b.length)] = random.nextInt(words);
                java.util.Arrays.sort(b);
            }
            double threshold = random.nextBoolean() ? 0.5 + random.nextInt(11) * 0.05 : 0.5 + random.nextDouble() / 2;
            assertThat(WordBags.alike(a, b, threshold)).as("%s %s at %s", java.util.Arrays.toString(a),
                    java.util.Arrays.toString(b), threshold).isEqualTo(
                    Math.min(a.length, b.length) >= threshold * Math.max(a.length, b.length)
                            && WordBags.jaccard(a, b) >= threshold);
        }
    }

    private static int[] sortedText(java.util.SplittableRandom random, int words) {
        int[] text = new int[random.nextInt(30)];
        java.util.Arrays.setAll(text, i -> random.nextInt(words));
        java.util.Arrays.sort(text);
        return text;
    }
}
