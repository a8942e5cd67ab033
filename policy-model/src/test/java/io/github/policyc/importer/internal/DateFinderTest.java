package io.github.policyc.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The privacy policy was last updated in March 2024. | 2024-03-01 | true | last updated in March 2024",
            "Last updated: 12 March 2025 | 2025-03-12 | false | Last updated: 12 March 2025",
            "Effective date: 1st of January 2025. | 2025-01-01 | false | Effective date: 1st of January 2025",
            "This notice was revised on May 3rd, 2023 to add cookies. | 2023-05-03 | false | revised on May 3rd, 2023",
            "Last modified 2024-02-29 by the DPO. | 2024-02-29 | false | Last modified 2024-02-29",
            "Policy dated Sept 2022 | 2022-09-01 | true | dated Sept 2022"})
    void readsTheDateAfterAWordSuchAsUpdated(String text, LocalDate date, boolean monthOnly, String phrase) {
        DateFinder.FoundDate found = DateFinder.find(List.of(LocatedText.of(text, 100)));

        assertThat(found.date()).isEqualTo(date);
        assertThat(found.monthOnly()).isEqualTo(monthOnly);
        assertThat(found.phrase().text()).isEqualTo(phrase);
        assertThat(found.phrase().start()).isEqualTo(100 + text.indexOf(phrase));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We keep your data updated and correct.",
            "Founded in March 2024, we make widgets.",
            "Last updated: 31 February 2024",
            "Last updated: March 1066"})
    void findsNoDateWhereThereIsNone(String text) {
        assertThat(DateFinder.find(List.of(LocatedText.of(text, 0)))).isNull();
    }
}
