package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.PolicyCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility test can fail: the example site built with a faulty user template
 * ({@code PolicyCompiler.withTemplates(directory)}) gets exactly that template's fault reported by axe on
 * the page it lays out, and nothing else.
 *
 * <p>Each fault is a directory under {@code src/test/resources/planted-faults/} holding one
 * {@code privacy-policy.ftlh}: policyc's page template with one mistake people make in templates of their
 * own, at the end of the main content, written as such a template would write it (from the view records
 * where it shows data). Every other template stays policyc's, so the page keeps the banner, the theme and
 * the layout that {@link AccessibilityIT} finds clean. None of the faults is planted into HTML after the
 * build: a template can make each of them.
 */
class PlantedFaultIT {

    /** The page the faulty templates lay out: the richest page of the example, with tables, lists and links. */
    static final String PAGE = "privacy-policy.html";

    /** Tests run with {@code browser-tests/} as the working directory, as Surefire and Failsafe set it. */
    static final Path TEMPLATES = Path.of("src", "test", "resources", "planted-faults");

    /** The template the faulty ones are copies of, in policy-model's resources. */
    static final String POLICYC_TEMPLATE = "/io/github/policyc/render/html/templates/privacy-policy.ftlh";

    /** One example site per fault, each in a directory named after the fault. */
    static final Path FAULTY_SITES = Path.of("target", "planted-faults");

    /** Faults people make in templates, each with the axe rule (WCAG 2.1 A or AA) that must report it. */
    enum Fault {
        IMAGE_WITHOUT_ALT("image-alt"),
        BUTTON_WITHOUT_NAME("button-name"),
        INPUT_WITHOUT_LABEL("label"),
        LOW_CONTRAST_TEXT("color-contrast"),
        LINK_WITHOUT_TEXT("link-name"),
        // axe takes a table without any header for a layout table; cells naming headers that are not there
        // are the table fault templates make: ids renamed in one place and not in the other.
        TABLE_CELL_WITH_MISSING_HEADER("td-headers-attr");

        final String rule;

        Fault(String rule) {
            this.rule = rule;
        }

        /** The directory of this fault's template, and of the site built with it. */
        String directory() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The faulty page, relative to the directory served. */
        String page() {
            return directory() + "/" + PAGE;
        }
    }

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static SiteServer server;

    @BeforeAll
    static void buildWithFaultyTemplates() throws Exception {
        TestFiles.deleteTree(FAULTY_SITES);
        for (Fault fault : Fault.values()) {
            PolicyCompiler.create().withTemplates(TEMPLATES.resolve(fault.directory()))
                    .build(ExampleSite.MODEL, FAULTY_SITES.resolve(fault.directory()));
        }
        server = SiteServer.serve(FAULTY_SITES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Every fault has its template, every template directory is a fault the tests know, and each template
     * is still policyc's own with lines added: a change to policyc's template shows here, not as a page
     * that differs from the clean one in more than its fault.
     */
    @Test
    void everyFaultHasItsTemplateMadeFromPolicycs() throws IOException {
        try (Stream<Path> directories = Files.list(TEMPLATES)) {
            assertThat(directories.map(directory -> directory.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.of(Fault.values()).map(Fault::directory).toList());
        }
        List<String> policycs;
        try (InputStream in = PolicyCompiler.class.getResourceAsStream(POLICYC_TEMPLATE)) {
            assertThat(in).as("policyc's template %s", POLICYC_TEMPLATE).isNotNull();
            policycs = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        for (Fault fault : Fault.values()) {
            Path template = TEMPLATES.resolve(fault.directory()).resolve("privacy-policy.ftlh");
            assertThat(Files.readAllLines(template, StandardCharsets.UTF_8)).as("%s", template)
                    .containsSubsequence(policycs).hasSizeGreaterThan(policycs.size() + 1);
        }
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
