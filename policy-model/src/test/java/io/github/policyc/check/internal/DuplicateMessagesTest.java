package io.github.policyc.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateMessagesTest {

    @Test
    void quotesTheFirstWords() {
        assertThat(DuplicateMessages.quote(" Whenever we share personal data, we take all reasonable steps. "))
                .isEqualTo("\"Whenever we share personal data, we take all…\"");
        assertThat(DuplicateMessages.quote("Contact us.")).isEqualTo("\"Contact us.\"");
    }

    @Test
    void countsAndRoundsDown() {
        assertThat(DuplicateMessages.times(2)).isEqualTo("twice");
        assertThat(DuplicateMessages.times(3)).isEqualTo("3 times");
        assertThat(DuplicateMessages.alike(0.8)).isEqualTo("80% alike");
        assertThat(DuplicateMessages.alike(0.8699)).isEqualTo("86% alike");
    }

    @Test
    void listsAFewAndCountsTheRest() {
        assertThat(DuplicateMessages.list(List.of("a"))).isEqualTo("a");
        assertThat(DuplicateMessages.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(DuplicateMessages.list(List.of("a", "b", "c", "d", "e", "f"))).isEqualTo("a, b, c, d and 2 more");
    }
}
