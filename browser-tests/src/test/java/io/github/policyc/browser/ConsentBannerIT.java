package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
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
 * <p>The site under test is {@link #SITE} with the page {@link #PAGE}. Until policyc generates the banner
 * they are a fixture ({@code src/test/resources/consent-fixture}): the real vanilla-cookieconsent 3.1.0
 * with a configuration shaped like the generated one (categories {@code necessary}, {@code functional},
 * {@code analytics}) and a page holding a marked analytics script. Once the banner is generated, point
 * them at the example site ({@code ExampleSite.get().root()}, {@code "cookie-policy.html"}): the tests only
 * use what every such site has: the library's markup, {@code cc_cookie}, and the categories and revision
 * of {@code assets/cookieconsent-config.js} ({@link ConsentConfig}). The
 * analytics-script tests need a page with a marked script; the example has none unless its model declares
 * one, so for it they would plant one as {@link PlantedFaultIT} plants faults.
 */
class ConsentBannerIT {

    static final Path SITE = fixture();
    static final String PAGE = "index.html";

    /** The category of the marked script the tests watch. */
    static final String ANALYTICS = "analytics";

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
        TestFiles.copyTree(SITE, SERVED);
        server = SiteServer.serve(SERVED);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every test is a first visit: the site as published, and no cookies. */
    @BeforeEach
    void firstVisit() throws IOException {
        TestFiles.copyTree(SITE, SERVED);
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
        // hideFromBots would keep the banner from a browser that says it is automated; ours must not say so.
        assertThat(script("return navigator.webdriver")).isEqualTo(false);
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
        assertThat(driver.manage().getCookieNamed("_ga_fixture")).as("the analytics script set its cookie").isNotNull();

        banner.openSettingsFromPage();
        banner.rejectAllInPreferences();

        assertThat(consent().categories()).containsExactlyElementsOf(config.necessary());
        assertThat(driver.manage().getCookieNamed("_ga_fixture")).as("autoClear deleted it").isNull();
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

    private static Path fixture() {
        try {
            return Path.of(Objects.requireNonNull(ConsentBannerIT.class.getResource("/consent-fixture/index.html")).toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
