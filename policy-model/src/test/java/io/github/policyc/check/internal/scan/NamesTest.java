package io.github.policyc.check.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void ignoresCaseArticlesAndWordsForKindsOfUnit() {
        assertThat(Names.matches("HR", List.of("HR team"))).isTrue();
        assertThat(Names.matches("our Marketing team", List.of("Marketing"))).isTrue();
        assertThat(Names.matches("the marketing department", List.of("Marketing team"))).isTrue();
        assertThat(Names.matches("the Information Commissioner's Office", List.of("Information Commissioner's Office")))
                .isTrue();
    }

    @Test
    void matchesAnAcronymWithTheInitialsOfTheOtherName() {
        assertThat(Names.matches("HR", List.of("Human Resources"))).isTrue();
        assertThat(Names.matches("DPO", List.of("Data Protection Officer"))).isTrue();
        assertThat(Names.matches("Human Resources", List.of("HR"))).isTrue();
        assertThat(Names.matches("the ICO", List.of("ICO"))).isTrue();
    }

    @Test
    void letsEitherNameBeTheShorter() {
        assertThat(Names.matches("our IT team", List.of("IT security team"))).isTrue();
        assertThat(Names.matches("Sales", List.of("Sales and Support"))).isTrue();
        assertThat(Names.matches("data protection officers", List.of("Data Protection Officer"))).isTrue();
    }

    @Test
    void tellsDifferentUnitsApart() {
        assertThat(Names.matches("the Compliance department", List.of("Data Protection Officer", "dpo"))).isFalse();
        assertThat(Names.matches("HR", List.of("Marketing team", "IT security team"))).isFalse();
        assertThat(Names.matches("Jane Smith", List.of("HR", "hr"))).isFalse();
        assertThat(Names.matches("team", List.of("Marketing team"))).isFalse();
    }
}
