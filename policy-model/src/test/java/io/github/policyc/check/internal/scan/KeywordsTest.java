package io.github.policyc.check.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
