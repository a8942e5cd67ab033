package io.github.policyc.render.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JurisdictionsTest {

    @Test
    void thePartsOfTheUnitedKingdomAreGb() {
        assertThat(Jurisdictions.country("England and Wales")).contains("GB");
        assertThat(Jurisdictions.country("Scotland")).contains("GB");
        assertThat(Jurisdictions.country("Northern Ireland")).contains("GB");
        assertThat(Jurisdictions.country("England & Wales")).contains("GB");
        assertThat(Jurisdictions.country("the United Kingdom")).contains("GB");
    }

    @Test
    void otherCountriesByNameOrCode() {
        assertThat(Jurisdictions.country("Germany")).contains("DE");
        assertThat(Jurisdictions.country("ireland")).contains("IE");
        assertThat(Jurisdictions.country("FR")).contains("FR");
    }

    @Test
    void noGuesses() {
        assertThat(Jurisdictions.country("New South Wales")).isEmpty();
        assertThat(Jurisdictions.country("Delaware")).isEmpty();
        assertThat(Jurisdictions.country("England and Wales, and France")).isEmpty();
        assertThat(Jurisdictions.country(" ")).isEmpty();
        assertThat(Jurisdictions.country(null)).isEmpty();
    }
}
