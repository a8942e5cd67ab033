package io.github.policyc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDurationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "P24M     | 24 months",
        "P1Y      | 1 year",
        "P1Y6M    | 1 year and 6 months",
        "P2W      | 2 weeks",
        "P1DT12H  | 1 day and 12 hours",
        "PT30M    | 30 minutes",
        "P1Y2M3D  | 1 year, 2 months and 3 days",
    })
    void describesItselfInWords(String text, String words) {
        assertThat(IsoDuration.parse(text).describe()).isEqualTo(words);
        assertThat(IsoDuration.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "PT", "24M", "P2 years", "P1.5Y", "p1y", "P1YT", ""})
    void rejectsWhatIsNotAnIsoDuration(String text) {
        assertThatThrownBy(() -> IsoDuration.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an ISO-8601 duration");
    }

    @ParameterizedTest
    @CsvSource({"P1Y, P12M", "P2Y, P24M", "P30D, P1M"})
    void comparesCalendarAndClockPartsApproximately(String a, String b) {
        assertThat(IsoDuration.parse(a).approximateSeconds())
                .isCloseTo(IsoDuration.parse(b).approximateSeconds(), org.assertj.core.data.Percentage.withPercentage(2));
    }

    @ParameterizedTest
    @CsvSource({"session, Session", "P2Y, 2 years"})
    void cookieLifetimesAreSessionOrADuration(String text, String words) {
        assertThat(CookieLifetime.parse(text).describe()).isEqualTo(words);
        assertThat(CookieLifetime.parse(text)).hasToString(text);
    }
}
