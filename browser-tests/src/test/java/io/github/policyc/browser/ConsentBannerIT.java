package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The consent banner behaves as the cookie policy promises, in a real browser: shown on the first visit,
 * remembering "accept all", "reject all" and a choice per category in {@code cc_cookie}, running a script
 * marked {@code data-category="analytics"} only after analytics consent, deleting analytics cookies when
 * consent is withdrawn, and asking again when the configuration's revision changes.
 *
 * <p>The site under test is the generated example site ({@link ExampleSite}), as policyc publishes it:
 * the banner's library and stylesheet from policyc's package and the configuration policyc generated from
 * the example's cookie inventory. The tests take the categories and the revision from that configuration
 * ({@link ConsentConfig}), never from constants, and use only what every such site has: the library's
 * markup, {@code cc_cookie} and the cookie page's "Cookie settings" button.
 *
 * <p>One thing is added, and only to the copy the test serves ({@link #SERVED}): a marked analytics script
 * at the end of the cookie page ({@link #plantAnalyticsScript}). Scripts that need consent belong to a
 * site's own pages, not to the policy model (the README says so), so the example has none. The test plants
 * one into the generated page rather than building the example again with a user template that carries it:
 * that way every other byte served is the example exactly as {@link ExampleSite} builds it and the plugin
 * publishes it, and the test does not depend on what user templates may print. The planted script
 * stands for an analytics tag: it counts its runs and sets {@code _ga} and a {@code _ga_*} cookie, two
 * cookies of the example's inventory in the analytics category, so that the generated {@code autoClear}
 * (a name and a pattern) must delete them when consent is withdrawn.
 *
 * <p>The banner shows to this browser because it does not say it is automated
 * ({@link HeadlessChromium} turns {@code navigator.webdriver} off): the library's {@code hideFromBots}
 * stays at its default, as real sites want it, and {@link #theFirstVisitShowsTheBannerAndSetsNoConsentCookie}
 * checks that the browser still does not say so.
 */
class ConsentBannerIT {

    static final Path SITE = ExampleSite.get().root();

    /** The page the tests visit: the cookie page, which has the "Cookie settings" button. */
    static final String PAGE = "cookie-policy.html";

    /** The category of the marked script the tests watch. */
    static final String ANALYTICS = "analytics";

    /** The cookies the planted analytics script sets: {@code _ga} and one matching {@code _ga_*}, as Google Analytics does. */
    static final List<String> ANALYTICS_COOKIES = List.of("_ga", "_ga_PLANTED");

    /** A stand-in for an analytics tag, marked as the cookie policy tells sites to mark such scripts. */
    static final String ANALYTICS_SCRIPT = """
            <script type="text/plain" data-category="analytics">
            window.analyticsRuns = (window.analyticsRuns || 0) + 1;
            document.cookie = "_ga=GA1.1.1; Path=/; SameSite=Lax";
            document.cookie = "_ga_PLANTED=GS1.1.1; Path=/; SameSite=Lax";
            </script>
            """;

    /** A copy of the site the tests may change (the revision), renewed before each test. */
    static final Path SERVED = Path.of("target", "consent-site");

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static SiteServer server;

    private ChromeDriver driver;
    private ConsentBanner banner;
    private ConsentConfig config;

    @BeforeAll
    static void serve() throws IOException {
        publish();
        server = SiteServer.serve(SERVED);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every test is a first visit: the site as published, and no cookies. */
    @BeforeEach
    void firstVisit() throws IOException {
        publish();
        config = ConsentConfig.of(SERVED);
        assertThat(config.optional()).as("consent categories of %s", SITE).contains(ANALYTICS);
        driver = browser.driver();
        driver.get(server.url(PAGE).toString());
        driver.manage().deleteAllCookies();
        open();
    }

    @Test
    void theFirstVisitShowsTheBannerAndSetsNoConsentCookie() {
        banner.waitUntilShown();

        assertThat(ConsentCookie.of(driver)).isEmpty();
        // hideFromBots (on, as the generated configuration leaves it) keeps the banner from a browser that
        // says it is automated or whose user agent the library takes for a crawler; ours must say neither.
        assertThat(script("return navigator.webdriver")).isEqualTo(false);
        assertThat((String) script("return navigator.userAgent")).doesNotContainPattern("(?i)bot|crawl|spider|slurp|teoma");
    }

    @Test
    void acceptAllConsentsToEveryCategory() {
        banner.waitUntilShown();

        banner.acceptAll();

        assertThat(consent().categories()).containsExactlyInAnyOrderElementsOf(config.all());
        assertThat(consent().revision()).isEqualTo(config.revision());
        assertThat(banner.isShown()).isFalse();
    }

    @Test
    void rejectAllConsentsToTheNecessaryCategoryOnly() {
        banner.waitUntilShown();

        banner.rejectAll();

        assertThat(consent().categories()).containsExactlyElementsOf(config.necessary());
        assertThat(consent().revision()).isEqualTo(config.revision());
        assertThat(analyticsRuns()).isZero();
    }

    @Test
    void theChoiceIsRememberedOnTheNextVisit() {
        banner.waitUntilShown();
        banner.rejectAll();

        open();

        assertThat(banner.isShown()).isFalse();
        assertThat(consent().categories()).containsExactlyElementsOf(config.necessary());
    }

    @Test
    void aChoicePerCategoryInThePreferencesIsStored() {
        banner.waitUntilShown();
        banner.choose();
        assertThat(banner.switchedOn()).as("before any choice, only the necessary categories are on")
                .containsExactlyElementsOf(config.necessary());

        banner.switchCategory(ANALYTICS, true);
        banner.savePreferences();

        assertThat(consent().categories()).containsExactlyInAnyOrderElementsOf(config.necessaryAnd(ANALYTICS));
        assertThat(banner.isShown()).isFalse();
        assertThat(banner.preferencesShown()).isFalse();
    }

    @Test
    void everyOptionalCategoryCanBeChosenAlone() {
        for (String category : config.optional()) {
            driver.manage().deleteAllCookies();
            open();
            banner.waitUntilShown();
            banner.choose();

            banner.switchCategory(category, true);
            banner.savePreferences();

            assertThat(consent().categories()).as("consent to %s alone", category)
                    .containsExactlyInAnyOrderElementsOf(config.necessaryAnd(category));
        }
    }

    @Test
    void theAnalyticsScriptRunsOnlyAfterAnalyticsConsent() {
        banner.waitUntilShown();
        assertThat(analyticsRuns()).as("before any choice").isZero();

        banner.choose();
        banner.switchCategory(ANALYTICS, true);
        banner.savePreferences();

        assertThat(analyticsRuns()).as("once analytics is accepted").isEqualTo(1);
        open();
        assertThat(analyticsRuns()).as("on the next visit, with consent remembered").isEqualTo(1);
    }

    @Test
    void theAnalyticsScriptDoesNotRunWithConsentToOtherCategoriesOnly() {
        banner.waitUntilShown();
        banner.choose();
        for (String category : config.optional()) {
            banner.switchCategory(category, !category.equals(ANALYTICS));
        }
        banner.savePreferences();
        open();

        assertThat(consent().categories()).doesNotContain(ANALYTICS);
        assertThat(analyticsRuns()).isZero();
    }

    @Test
    void withdrawingAnalyticsConsentDeletesTheAnalyticsCookies() {
        banner.waitUntilShown();
        banner.acceptAll();
        assertThat(ANALYTICS_COOKIES).as("the analytics script set its cookies")
                .allMatch(name -> driver.manage().getCookieNamed(name) != null);

        banner.openSettingsFromPage();
        banner.rejectAllInPreferences();

        assertThat(consent().categories()).containsExactlyElementsOf(config.necessary());
        assertThat(ANALYTICS_COOKIES).as("autoClear deleted them, by name and by pattern")
                .allMatch(name -> driver.manage().getCookieNamed(name) == null);
    }

    @Test
    void aNewRevisionShowsTheBannerAgain() throws IOException {
        banner.waitUntilShown();
        banner.acceptAll();
        int consented = config.revision();
        open();
        assertThat(banner.isShown()).as("consent to the revision in force is remembered").isFalse();

        config = config.withRevision(consented + 1);
        open();

        banner.waitUntilShown();
        assertThat(consent().revision()).as("the old consent stays until the visitor chooses again").isEqualTo(consented);
        banner.rejectAll();
        assertThat(consent().revision()).isEqualTo(consented + 1);
        assertThat(consent().categories()).containsExactlyElementsOf(config.necessary());
    }

    /** Every page shows the banner on a first visit, so AccessibilityIT's rules hold for it as well. */
    @Test
    void theBannerAndItsPreferencesHaveNoWcagViolations() {
        banner.waitUntilShown();
        AxeAudit withBanner = AxeAudit.of(driver);
        banner.choose();
        AxeAudit withPreferences = AxeAudit.of(driver);

        assertThat(withBanner.violations()).withFailMessage(withBanner::describeViolations).isEmpty();
        assertThat(withPreferences.violations()).withFailMessage(withPreferences::describeViolations).isEmpty();
    }

    /** (Re)loads the page, as a new visit, and waits for the library. */
    private void open() {
        driver.get(server.url(PAGE).toString());
        banner = new ConsentBanner(driver).loaded();
    }

    private ConsentCookie consent() {
        return ConsentCookie.of(driver).orElseThrow(() -> new AssertionError("no " + ConsentCookie.NAME + " cookie"));
    }

    /** How often the marked analytics script ran on this page load. */
    private long analyticsRuns() {
        Object runs = script("return window.analyticsRuns || 0");
        return ((Number) runs).longValue();
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Serves the example site as published, with the analytics script planted in {@link #PAGE}. */
    private static void publish() throws IOException {
        TestFiles.copyTree(SITE, SERVED);
        Path page = SERVED.resolve(PAGE);
        Files.writeString(page, plantAnalyticsScript(Files.readString(page, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** The page with {@link #ANALYTICS_SCRIPT} at the end of its body, where sites put their tags. */
    static String plantAnalyticsScript(String page) {
        assertThat(page).as("the page has one body to plant the script in").containsOnlyOnce("</body>")
                .as("the page loads the banner's configuration").contains(ConsentConfig.PATH)
                .as("the generated page has no marked script of its own").doesNotContain("data-category=");
        return page.replace("</body>", ANALYTICS_SCRIPT + "</body>");
    }
}
