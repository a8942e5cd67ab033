package io.github.policyc.check.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void normalisesCasePunctuationAndSpacing() {
        assertThat(Titles.normalise("  What’s  our lawful basis for\nprocessing data? ")).isEqualTo(
                Titles.normalise("Whats our Lawful Basis for processing data"));
    }

    @Test
    void suggestsTheTitleMeantDespiteASmallDifference() {
        List<String> titles = List.of("Introduction", "Phone and email communications from North West IT",
                "What are your rights?");

        assertThat(Titles.closest("Phone and Email Communication from North West IT", titles))
                .isEqualTo("Phone and email communications from North West IT");
        assertThat(Titles.closest("What are my rights", titles)).isEqualTo("What are your rights?");
        assertThat(Titles.closest("Complaints", titles)).isNull();
    }
}
