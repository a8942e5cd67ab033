package io.github.policyc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryTest {

    @Test
    void acceptsIsoCodesAndTheTwoRegions() {
        assertThat(Country.parse("US").displayName()).isEqualTo("United States");
        assertThat(Country.parse("GB").displayName()).isEqualTo("United Kingdom");
        assertThat(Country.parse("EEA").displayName()).isEqualTo("the European Economic Area");
        assertThat(Country.parse("worldwide").displayName()).isEqualTo("Worldwide");
    }

    @Test
    void explainsTheUsualMistakes() {
        assertThatThrownBy(() -> Country.parse("UK")).hasMessageContaining("the United Kingdom is 'GB'");
        assertThatThrownBy(() -> Country.parse("us")).hasMessageContaining("upper-case").hasMessageContaining("'US'");
        assertThatThrownBy(() -> Country.parse("Narnia")).hasMessageContaining("ISO 3166-1 alpha-2");
    }
}
