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
}
