package io.github.policyc.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("email", "phone", "url", "address", "lawfulBasis");

    @Test
    void suggestsTheClosestCandidateForTypos() {
        assertThat(Suggestions.closest("emial", KEYS)).isEqualTo("email");
        assertThat(Suggestions.closest("phnoe", KEYS)).isEqualTo("phone");
        assertThat(Suggestions.closest("adress", KEYS)).isEqualTo("address");
        assertThat(Suggestions.closest("lawfulbasis", KEYS)).isEqualTo("lawfulBasis");
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertThat(Suggestions.closest("motto", KEYS)).isNull();
        assertThat(Suggestions.closest("x", KEYS)).isNull();
        assertThat(Suggestions.didYouMean("zzz", KEYS)).isEmpty();
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("email", "emial")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
