package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the example site has no violation of axe-core's WCAG 2.1 A and AA rules, as a browser
 * shows it: with its stylesheet applied, so that contrast, focus and layout are checked too.
 */
class AccessibilityIT {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static SiteServer server;

    @BeforeAll
    static void serve() {
        server = SiteServer.serve(ExampleSite.get().root());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> pages() {
        return ExampleSite.get().pages();
    }

    @Test
    void everyKindOfPageIsAudited() {
        assertThat(pages()).contains("privacy-policy.html", "cookie-policy.html", "versions/index.html", "changes.html")
                .anyMatch(page -> page.matches("versions/[^/]+/privacy-policy\\.html"))
                .anyMatch(page -> page.matches("versions/[^/]+/cookie-policy\\.html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoWcagViolations(String page) {
        ChromeDriver driver = browser.driver();
        driver.get(server.url(page).toString());
        // A page that failed to load would pass axe with nothing to check.
        assertThat(driver.findElements(By.cssSelector("main h1"))).as("%s shows its heading", page).hasSize(1);
        // A first visit: the consent banner is audited too, once it has faded in.
        new ConsentBanner(driver).settled();

        AxeAudit audit = AxeAudit.of(driver);

        if (!audit.incomplete().isEmpty()) {
            System.out.println("axe could not decide, review by hand: " + audit.describeIncomplete());
        }
        assertThat(audit.passes()).as("rules axe checked and passed on %s", page).isPositive();
        assertThat(audit.violations()).as("WCAG 2.1 A/AA violations on %s", page)
                .withFailMessage(() -> "axe found " + audit.violations().size() + " WCAG 2.1 A/AA violations on "
                        + audit.describeViolations())
                .isEmpty();
    }
}
