package io.github.policyc.check.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static final String PROCESSOR = "Suppose North West IT is acting as a Data Processor for your organisation"
            + " as part of a services agreement. In that case, international data transfers will be set out in our"
            + " data processing agreement. In most circumstances, this will only apply when consuming one of North"
            + " West IT’s services. If you purchase a third-party product or service, North West IT will act as a"
            + " commercial intermediary, not a data processor.";

    private static List<int[]> texts(Vocabulary vocabulary, String... texts) {
        List<int[]> ids = new ArrayList<>();
        for (String text : texts) {
            ids.add(vocabulary.ids(Words.of(text)));
        }
        return ids;
    }

    private static List<String> groups(NearDuplicates.Result result) {
        return result.groups().stream().map(java.util.Arrays::toString).toList();
    }

    @Test
    void groupsTextsThatDifferInAFewWords() {
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> texts = texts(vocabulary,
                PROCESSOR,
                "Whenever we share personal data, we take all reasonable steps to ensure that it is treated securely"
                        + " and following this privacy policy.",
                PROCESSOR.replace("intermediary, not a", "intermediary and not a"),
                "Except as set out above, we will not disclose your personal data save where we need to do so to"
                        + " enforce our rights.",
                PROCESSOR.replace("one of North West IT’s services", "a North West IT service"));

        assertThat(groups(new NearDuplicates(0.8).find(texts, vocabulary))).containsExactly("[0, 2, 4]");
    }

    @Test
    void respectsTheThreshold() {
        Vocabulary vocabulary = new Vocabulary();
        // 8 common words of 12: similarity 0.67.
        List<int[]> texts = texts(vocabulary, "one two three four five six seven eight nine ten",
                "one two three four five six seven eight alpha beta");

        assertThat(new NearDuplicates(0.8).find(texts, vocabulary).groups()).isEmpty();
        assertThat(groups(new NearDuplicates(0.6).find(texts, vocabulary))).containsExactly("[0, 1]");
    }

    @Test
    void textsOfCommonWordsOnlyStillCompare() {
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> texts = texts(vocabulary, "we will not do that if you do not ask us to do it for you",
                "we will not do that if you do not ask us to do it for you now");

        assertThat(groups(new NearDuplicates(0.8).find(texts, vocabulary))).containsExactly("[0, 1]");
    }

    /**
     * 3,000 copies of a template, each with its own word: the template's words are in every text, so they
     * are not distinctive, and only the signatures of all words find the copies, in linear time.
     */
    @Test
    void aLargeClusterOfAlikeTextsIsFoundInLinearTime() {
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            texts.add(vocabulary.ids(Words.of("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
                    + " unique" + i)));
        }

        NearDuplicates.Result result = new NearDuplicates(0.8).find(texts, vocabulary);

        assertThat(result.groups()).hasSize(1);
        assertThat(result.groups().get(0).length).isGreaterThan(2950);
        assertThat(result.verifications()).isLessThan(3000L * NearDuplicates.BUCKET_CAP);
    }

    @Test
    void findsPlantedPairsInASmallCorpus() {
        assertRecall(new PlantedCorpus(500, 20, 1));
    }

    /** Large enough that the most frequent words leave the signatures. */
    @Test
    void findsPlantedPairsInALargerCorpus() {
        assertRecall(new PlantedCorpus(2500, 40, 2));
    }

    private static void assertRecall(PlantedCorpus corpus) {
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> texts = corpus.paragraphs.stream().map(vocabulary::ids).toList();

        NearDuplicates.Result result = new NearDuplicates(0.8).find(texts, vocabulary);

        int[] groupOf = new int[texts.size()];
        java.util.Arrays.fill(groupOf, -1);
        for (int g = 0; g < result.groups().size(); g++) {
            Set<Integer> families = new HashSet<>();
            for (int index : result.groups().get(g)) {
                groupOf[index] = g;
                families.add(corpus.family.get(index));
            }
            assertThat(families).as("families in group %d", g).hasSize(1);
        }
        for (int edits = 1; edits <= 3; edits++) {
            int changed = edits;
            List<PlantedCorpus.Pair> planted = corpus.pairs.stream().filter(p -> p.edits() == changed).toList();
            long found = planted.stream()
                    .filter(p -> groupOf[p.original()] >= 0 && groupOf[p.original()] == groupOf[p.copy()]).count();
            assertThat((double) found / planted.size())
                    .as("recall on %d planted pairs with %d words changed", planted.size(), edits)
                    .isGreaterThanOrEqualTo(0.95);
        }
        assertThat(groups(result)).as("the same groups every run")
                .isEqualTo(groups(new NearDuplicates(0.8).find(texts, vocabulary)));
    }
}
