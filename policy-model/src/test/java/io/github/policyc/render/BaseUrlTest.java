package io.github.policyc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/privacy", "https://example.com/privacy/", " https://example.com/privacy/ "})
    void isTheSitesDirectory(String text) {
        BaseUrl url = BaseUrl.parse(text);

        assertThat(url.value()).isEqualTo("https://example.com/privacy/");
        assertThat(url.resolve("versions/1/policy.json")).isEqualTo("https://example.com/privacy/versions/1/policy.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "/privacy/", "ftp://example.com/", "https:///nohost", "javascript:alert(1)",
            "https://example.com/?x=1", "https://example.com/#top", "https://exa mple.com/"})
    void mustBeAnAbsoluteWebAddress(String text) {
        assertThatThrownBy(() -> BaseUrl.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http or https address").hasMessageContaining(text);
    }
}
