package io.github.policyc.check.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Prefix filtering, which pairs the texts of one policy, holds to the answers of comparing every pair and
 * of the signatures and banding it replaced there.
 */
class PrefixFilterTest {

    @Test
    void findsWhatComparingEveryPairFinds() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 300; round++) {
            // Few words, many repeats, copies edited by a word or two: pairs near every threshold.
            int words = 2 + random.nextInt(12);
            List<int[]> texts = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
                int[] text = i > 0 && random.nextInt(3) == 0 ? edited(texts.get(random.nextInt(i)), words, random)
                        : randomText(words, random);
                texts.add(text);
            }
            double threshold = 0.5 + random.nextInt(11) * 0.05;
            Vocabulary vocabulary = vocabularyOf(words);

            assertThat(groups(new NearDuplicates(threshold).find(texts, vocabulary).groups()))
                    .as("round %d, threshold %s", round, threshold)
                    .isEqualTo(groups(everyPair(texts, threshold)));
        }
    }

    @Test
    void findsWhatBandingFoundInPlantedCorpora() {
        for (long seed = 1; seed <= 3; seed++) {
            PlantedCorpus corpus = new PlantedCorpus(NearDuplicates.MIN_TEXTS_FOR_LSH - 1, 20, seed);
            Vocabulary vocabulary = new Vocabulary();
            List<int[]> texts = corpus.paragraphs.stream().map(vocabulary::ids).toList();
            NearDuplicates near = new NearDuplicates(0.8);

            assertThat(groups(near.find(texts, vocabulary).groups())).as("seed %d", seed)
                    .isEqualTo(groups(near.findByBanding(texts, vocabulary).groups()))
                    .isEqualTo(groups(everyPair(texts, 0.8)));
        }
    }

    @Test
    void emptyTextsPairOnlyWithEachOther() {
        List<int[]> texts = List.of(new int[0], new int[] {0, 1}, new int[0], new int[] {0, 1});

        assertThat(groups(new NearDuplicates(0.8).find(texts, vocabularyOf(2)).groups()))
                .containsExactly("[0, 2]", "[1, 3]");
    }

    private static int[] randomText(int words, SplittableRandom random) {
        int[] text = new int[random.nextInt(16)];
        Arrays.setAll(text, i -> random.nextInt(words));
        return text;
    }

    private static int[] edited(int[] original, int words, SplittableRandom random) {
        int[] copy = original.length > 0 && random.nextBoolean()
                ? Arrays.copyOf(original, original.length - 1) : Arrays.copyOf(original, original.length + 1);
        if (copy.length > original.length) {
            copy[original.length] = random.nextInt(words);
        }
        if (copy.length > 0 && random.nextBoolean()) {
            copy[random.nextInt(copy.length)] = random.nextInt(words);
        }
        return copy;
    }

    private static Vocabulary vocabularyOf(int words) {
        Vocabulary vocabulary = new Vocabulary();
        for (int w = 0; w < words; w++) {
            vocabulary.ids(List.of("w" + w));
        }
        return vocabulary;
    }

    /** The groups of texts joined by every pair at least {@code threshold} alike. */
    private static List<int[]> everyPair(List<int[]> texts, double threshold) {
        List<int[]> bags = texts.stream().map(int[]::clone).peek(Arrays::sort).toList();
        UnionFind groups = new UnionFind(texts.size());
        for (int a = 0; a < texts.size(); a++) {
            for (int b = a + 1; b < texts.size(); b++) {
                if (WordBags.alike(bags.get(a), bags.get(b), threshold)) {
                    groups.union(a, b);
                }
            }
        }
        return groups.groups();
    }

    private static List<String> groups(List<int[]> groups) {
        return groups.stream().map(Arrays::toString).toList();
    }
}
