package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility test can fail: a page of the example site with one accessibility fault planted in it
 * gets exactly that fault reported by axe, and nothing else.
 *
 * <p>Until policyc lets users override page templates, the fault is planted in the rendered HTML
 * ({@link #plant}). Once {@code PolicyCompiler.withTemplates(directory)} is there, {@link #plant} should
 * instead build the example with a user template that carries the fault, proving the same of templates
 * people write themselves; the faults and the assertions stay as they are.
 */
class PlantedFaultIT {

    /** The page faults are planted in: the richest page of the example, with tables, lists and links. */
    static final String PAGE = "privacy-policy.html";

    static final Path FAULTY_SITE = Path.of("target", "planted-faults");

    /** Faults people make in templates, each with the axe rule (WCAG 2.1 A or AA) that must report it. */
    enum Fault {
        IMAGE_WITHOUT_ALT("image-alt",
                "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" width=\"16\" height=\"16\">"),
        BUTTON_WITHOUT_NAME("button-name",
                "<button type=\"button\"></button>"),
        INPUT_WITHOUT_LABEL("label",
                "<input type=\"text\" name=\"email\">"),
        LOW_CONTRAST_TEXT("color-contrast",
                "<p style=\"color: #aaaaaa; background: #ffffff\">Grey text on white: 2.3 to 1.</p>"),
        LINK_WITHOUT_TEXT("link-name",
                "<a href=\"cookie-policy.html\"></a>"),
        // axe takes a table without any header for a layout table; cells naming headers that are not there
        // are the table fault templates make: ids renamed in one place and not in the other.
        TABLE_CELL_WITH_MISSING_HEADER("td-headers-attr", """
                <table><caption>Retention</caption>
                <tr><th id="data">Data</th><th id="period">Period</th></tr>
                <tr><td headers="data">Email</td><td headers="retention">6 years</td></tr>
                </table>""");

        final String rule;
        final String html;

        Fault(String rule, String html) {
            this.rule = rule;
            this.html = html;
        }

        /** The page's file name with this fault in it. */
        String page() {
            return PAGE.replace(".html", "-" + name().toLowerCase().replace('_', '-') + ".html");
        }
    }

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static SiteServer server;

    @BeforeAll
    static void plantFaults() throws IOException {
        TestFiles.copyTree(ExampleSite.get().root(), FAULTY_SITE);
        String page = Files.readString(FAULTY_SITE.resolve(PAGE), StandardCharsets.UTF_8);
        for (Fault fault : Fault.values()) {
            Files.writeString(FAULTY_SITE.resolve(fault.page()), plant(fault, page), StandardCharsets.UTF_8);
        }
        server = SiteServer.serve(FAULTY_SITE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The page with the fault at the end of its main content, where a template would show it. */
    static String plant(Fault fault, String page) {
        assertThat(page).as("the page has one main element to plant the fault in").containsOnlyOnce("</main>");
        return page.replace("</main>", fault.html + "\n</main>");
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void axeReportsThePlantedFault(Fault fault) {
        ChromeDriver driver = browser.driver();
        driver.get(server.url(fault.page()).toString());

        AxeAudit audit = AxeAudit.of(driver);

        assertThat(audit.violatedRules()).as("axe on %s:%n%s", fault.page(), audit.describeViolations())
                .containsExactly(fault.rule);
        // What a reader of a failing AccessibilityIT gets: the rule, its impact, its help and the element.
        assertThat(audit.describeViolations())
                .containsPattern("  " + fault.rule + " \\((minor|moderate|serious|critical)\\): .+ <https://")
                .contains("\n    at [");
    }
}
