package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConsentCookieTest {

    @Test
    void readsTheCategoriesAndRevisionOfTheLibrarysCookie() {
        // As vanilla-cookieconsent 3.1.0 writes it: encodeURIComponent(JSON.stringify(...)).
        String value = "%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A2%2C"
                + "%22data%22%3Anull%2C%22consentTimestamp%22%3A%222026-11-27T12%3A00%3A00.000Z%22%2C"
                + "%22consentId%22%3A%22a1b2%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%7D%7D";

        ConsentCookie cookie = ConsentCookie.parse(value);

        assertThat(cookie.categories()).containsExactly("necessary", "analytics");
        assertThat(cookie.revision()).isEqualTo(2);
    }

    @Test
    void rejectsWhatIsNotTheLibrarysCookie() {
        assertThatThrownBy(() -> ConsentCookie.parse("yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a vanilla-cookieconsent v3 cookie: yes");
        assertThatThrownBy(() -> ConsentCookie.parse("%7B%22categories%22%3A%5B%5D%7D"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
