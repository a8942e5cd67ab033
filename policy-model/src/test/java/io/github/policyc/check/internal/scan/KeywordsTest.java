package io.github.policyc.check.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    private final Keywords documents = Keywords.of("polic", "terms");

    @Test
    void findsAWordInAnyCaseAnywhere() {
        assertThat(documents.in("our Acceptable Use POLICY")).isTrue();
        assertThat(documents.in("Policies")).isTrue();
        assertThat(documents.in("the Terms")).isTrue();
        assertThat(documents.in("xterms")).isTrue();
    }

    @Test
    void rejectsTextWithoutAnyWord() {
        assertThat(documents.in("we keep your data for six years")).isFalse();
        assertThat(documents.in("poli")).isFalse();
        assertThat(documents.in("")).isFalse();
        assertThat(documents.in("term")).isFalse();
    }

    @Test
    void takesOnlyLowerCaseAsciiWords() {
        assertThatThrownBy(() -> Keywords.of("Policy")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keywords.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    /** What {@link Keywords#in} must answer: whether the text, ASCII letters folded to lower case, contains a word. */
    private static boolean containsFolded(String text, List<String> words) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return words.stream().anyMatch(word -> folded.indexOf(word) >= 0);
    }

    /** Words sharing first letters, and pieces of them, to build random text from. */
    private static final String[] PIECES = {"k", "ke", "kee", "keep", "KEEP", "kept", "h", "ho", "hold", "HeLd",
        "ret", "retain", "retention", "s", "st", "store", "\u212A", "\u017F", "\u0130", "@", "[", "`", "{", "é",
        "polic", "P", "terms", " ", "\n", "a", "z"};

    @Test
    void answersAsAFoldedContainsInRandomText() {
        List<String> words = List.of("keep", "kept", "hold", "held", "retain", "retention", "store", "storing", "polic");
        Keywords keywords = Keywords.of(words.toArray(String[]::new));
        Random random = new Random(71);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(keywords.in(text.toString())).as("%s", text).isEqualTo(containsFolded(text.toString(), words));
        }
    }
}
