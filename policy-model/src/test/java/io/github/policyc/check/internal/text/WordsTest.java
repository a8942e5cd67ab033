package io.github.policyc.check.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void ignoresCaseSpacingAndPunctuation() {
        assertThat(Words.of("  We’ll retain your NAME,\temployer — and e-mail.  "))
                .containsExactly("we", "ll", "retain", "your", "name", "employer", "and", "e", "mail");
        assertThat(Words.of("We'll retain your name, employer and e mail"))
                .isEqualTo(Words.of("we’ll RETAIN your name; employer... and E-Mail!"));
    }

    @Test
    void foldsCompatibilityFormsAndKeepsLettersOfAnyScript() {
        assertThat(Words.of("ﬁle Ｄata Straße café")).containsExactly("file", "data", "straße", "café");
        assertThat(Words.of("cafe\u0301")).containsExactly("café");
    }

    @Test
    void aDirectiveIsOneWordNotText() {
        assertThat(Words.of("Email {{ contact  dpo }} or see {{page cookies}}."))
                .containsExactly("email", "{{contact dpo}}", "or", "see", "{{page cookies}}");
        assertThat(Words.of("Email {{contact dpo}}.")).isNotEqualTo(Words.of("Email {{contact hr}}."))
                .isNotEqualTo(Words.of("Email contact dpo."));
        assertThat(Words.isDirective("{{purposes}}")).isTrue();
        assertThat(Words.isDirective("purposes")).isFalse();
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(Words.of(" … ×  ")).isEmpty();
    }

    /** Words of ASCII text, split without code points, are the words the general split finds. */
    @Test
    void asciiTextSplitsAsTheGeneralSplitDid() {
        String alphabet = "aZq09 .,-'_\t\n()~"; // no braces: directives are taken out before the split
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThat(Words.of(input)).as("%s", input).isEqualTo(generalSplit(input));
        }
    }

    /** The split before ASCII text had its own, kept as the oracle. */
    private static java.util.List<String> generalSplit(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(c);
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}
