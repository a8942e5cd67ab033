package io.github.policyc.cookies;

import static io.github.policyc.testing.Models.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.model.Cookie;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenCookieDatabaseTest {

    static final Path CSV = Path.of("src/test/resources/cookies/open-cookie-database.csv");

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotes() throws Exception {
        OpenCookieDatabase database = OpenCookieDatabase.read(CSV);

        assertThat(database.entries()).hasSize(10);
        OpenCookieDatabase.Entry bot = database.find("__cf_bm").orElseThrow();
        assertThat(bot.description()).isEqualTo("Cloudflare's bot products identify and mitigate automated traffic to"
                + " protect your site from bad bots, \"Bot Management\" for short");
        assertThat(bot.category()).isEqualTo("Security");
        assertThat(database.find("PHPSESSID").orElseThrow().provider()).as("no data controller: the platform")
                .isEqualTo("PHP.net");
    }

    @Test
    void findsExactNamesBeforePrefixesAndPatternsByTheirPrefix() throws Exception {
        OpenCookieDatabase database = OpenCookieDatabase.read(CSV);

        assertThat(database.find("_ga").orElseThrow().wildcard()).isFalse();
        assertThat(database.find("_ga_ABC123").orElseThrow().name()).isEqualTo("_ga_");
        assertThat(database.find("_ga_*").orElseThrow().name()).isEqualTo("_ga_");
        assertThat(database.find("_hjSessionUser_*").orElseThrow().platform()).isEqualTo("Hotjar");
        assertThat(database.find("_g*")).as("a wider pattern than the entry's prefix").isEmpty();
        assertThat(database.find("_gidx")).isEmpty();
    }

    @Test
    void readsRetentionPeriodsItCanAndLeavesTheOthers() {
        assertThat(OpenCookieDatabase.lifetime("2 years").orElseThrow().toString()).isEqualTo("P2Y");
        assertThat(OpenCookieDatabase.lifetime("1 day").orElseThrow().toString()).isEqualTo("P1D");
        assertThat(OpenCookieDatabase.lifetime("13 months").orElseThrow().toString()).isEqualTo("P13M");
        assertThat(OpenCookieDatabase.lifetime("30 minutes").orElseThrow().toString()).isEqualTo("PT30M");
        assertThat(OpenCookieDatabase.lifetime("365 days").orElseThrow().toString()).isEqualTo("P365D");
        assertThat(OpenCookieDatabase.lifetime("Session").orElseThrow().isSession()).isTrue();
        assertThat(OpenCookieDatabase.lifetime("persistent")).isEmpty();
        assertThat(OpenCookieDatabase.lifetime("1 year 6 months")).isEmpty();
        assertThat(OpenCookieDatabase.lifetime("")).isEmpty();
    }

    @Test
    void fillsInWhatTheInventoryLeavesOutAndKeepsWhatItSays() throws Exception {
        PolicyModel model = Models.load(dir, MINIMAL + """
                cookies:
                  - { name: _gid, category: analytics }
                  - { name: _ga_*, provider: Our analytics, category: analytics, duration: P1Y,
                      description: Counts visits. }
                  - { name: intercom-id-*, category: functional }
                  - { name: unknown, category: functional }
                """);

        PolicyModel enriched = OpenCookieDatabase.read(CSV).enrich(model);

        Cookie gid = enriched.cookies().get(0);
        assertThat(gid.provider()).isEqualTo("Google");
        assertThat(gid.duration().toString()).isEqualTo("P1D");
        assertThat(gid.description().text()).isEqualTo("ID used to identify users for 24 hours after last activity");
        assertThat(enriched.cookies().get(1)).isEqualTo(model.cookies().get(1));
        Cookie intercom = enriched.cookies().get(2);
        assertThat(intercom.provider()).isEqualTo("Intercom");
        assertThat(intercom.duration()).as("'persistent' says no length").isNull();
        assertThat(enriched.cookies().get(3)).isEqualTo(model.cookies().get(3));
    }

    @Test
    void mapsTheDatabasesCategoriesToTheStandardOnes() {
        assertThat(OpenCookieDatabase.agreeingCategories("Functional").orElseThrow())
                .containsExactlyInAnyOrder("strictly-necessary", "functional");
        assertThat(OpenCookieDatabase.agreeingCategories("Marketing").orElseThrow()).containsExactly("marketing");
        assertThat(OpenCookieDatabase.agreeingCategories("Something else")).isEmpty();
        assertThat(OpenCookieDatabase.needsConsent("Analytics")).isTrue();
        assertThat(OpenCookieDatabase.needsConsent("Security")).isFalse();
    }
}
