package io.github.policyc.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.ExamplePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sentence split tries its pattern only after a stop, and the keeping test runs its pattern only
 * on sentences holding a keyword: both must answer as the patterns alone do.
 */
class RetentionLanguageEquivalenceTest {

    /** Returns whether some sentence of the text is about keeping and vague, so that tests can count them. */
    private static boolean assertSameAsThePatternsAlone(String text) {
        assertThat(RetentionLanguage.sentences(text)).as("%s", text)
                .isEqualTo(RetentionLanguage.sentencesAtEveryOffset(text));
        assertThat(RetentionLanguage.isAboutKeeping(text)).as("%s", text)
                .isEqualTo(RetentionLanguage.isAboutKeepingByPatternAlone(text));
        // A paragraph the one-pass test rejects has no sentence that is about keeping and vague.
        boolean vagueKeeping = RetentionLanguage.sentences(text).stream().anyMatch(sentence ->
                RetentionLanguage.isAboutKeepingByPatternAlone(sentence.text())
                        && RetentionLanguage.vague(sentence.text()) != null);
        if (vagueKeeping) {
            assertThat(RetentionLanguage.mayHoldVagueKeeping(text)).as("%s", text).isTrue();
        }
        return vagueKeeping;
    }

    /** Pieces of sentences, their ends and the keeping words, to build random text from. */
    private static final String[] PIECES = {"a", "Zoë", "\u212A", "\u017F", "We", " keep", "KEPT", "held", "Hold",
        "holding", " retain", "Retention", "store", "storing", "preserved", "Delete", "erase", "destroy",
        "dispose of", "disposed  of", "ing", "s", "_", "1", ".", "..", "!", "?", "e.g.", "i.e.", "E.g.", " ", "  ",
        "\n", "\t", "\u00A0", "\"", "“", "‘", "'", "(", "[", "É", "the", " data",
        " for as long as", " necessary", " Required", " needed", " no longer", " until", " a reasonable time",
        " limited", " certain", " appropriate", " six years", " for"};

    @Test
    void answersAsThePatternsAloneInRandomText() {
        Random random = new Random(503);
        int vagueKeeping = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            vagueKeeping += assertSameAsThePatternsAlone(text.toString()) ? 1 : 0;
        }
        assertThat(vagueKeeping).as("texts with a vague sentence about keeping").isGreaterThan(100);
    }

    @Test
    void answersAsThePatternsAloneInTheExamplePolicy() throws IOException {
        List<Path> files = ExamplePolicy.sourceFiles();
        int sentences = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            assertSameAsThePatternsAlone(text);
            for (RetentionLanguage.Sentence sentence : RetentionLanguage.sentences(text)) {
                assertSameAsThePatternsAlone(sentence.text());
                sentences++;
            }
        }
        assertThat(sentences).as("sentences in the example policy").isGreaterThan(50);
    }
}
