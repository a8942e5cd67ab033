package io.github.policyc.cookies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.testing.Models;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarCookiesTest {

    static final Path HAR = Path.of("src/test/resources/cookies/session.har");

    @TempDir
    Path dir;

    @Test
    void readsResponseCookiesSetCookieHeadersAndRequestCookiesOfThePages() throws Exception {
        HarCookies har = HarCookies.read(HAR);

        assertThat(har.pages()).containsExactly("https://www.example.test/");
        assertThat(har.cookies()).containsExactly(
                new HarCookies.Seen("session-id", "www.example.test", "https://www.example.test/"),
                new HarCookies.Seen("__cf_bm", ".example.test", "https://www.example.test/"),
                new HarCookies.Seen("_ga_ABC123", ".example.test", "https://www.example.test/"),
                new HarCookies.Seen("_gid", ".example.test", "https://www.example.test/"),
                new HarCookies.Seen("fr", ".facebook.com", "https://www.example.test/"));
    }

    @Test
    void matchesPatternsOfTheInventory() throws Exception {
        HarCookies har = HarCookies.read(HAR);

        assertThat(har.find(new CookieName("_ga_*")).orElseThrow().name()).isEqualTo("_ga_ABC123");
        assertThat(har.find(new CookieName("_ga"))).isEmpty();
        assertThat(har.find(new CookieName("not-of-a-page"))).isEmpty();
    }

    @Test
    void refusesWhatIsNotAHar() {
        Path notHar = Models.write(dir, "x.har", "{\"log\": []}");
        Path cut = Models.write(dir, "cut.har", "{\"log\": {\"entries\": [");

        assertThatThrownBy(() -> HarCookies.read(notHar)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> HarCookies.read(cut)).isInstanceOf(IOException.class);
    }
}
