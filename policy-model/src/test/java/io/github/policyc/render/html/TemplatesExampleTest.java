package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.publish.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example of users' templates, {@code site-src/src/templates-example}, builds the example site with
 * the organisation's own header and colours and keeps what makes the pages accessible.
 */
class TemplatesExampleTest {

    /** Tests run with {@code policy-model/} as the working directory. */
    private static final Path MODEL = Path.of("../site-src/src/policy/policy.yaml");
    private static final Path TEMPLATES = Path.of("../site-src/src/templates-example");
    private static final List<String> PAGES = List.of("privacy-policy.html", "cookie-policy.html",
            "versions/index.html", "changes.html");

    private static Site site;

    @BeforeAll
    static void build() throws Exception {
        site = PolicyCompiler.create().withTemplates(TEMPLATES).compile(MODEL);
    }

    @Test
    void everyPageHasTheOrganisationsHeaderAndColours() {
        for (String name : PAGES) {
            Document page = Jsoup.parse(site.text(name));

            assertThat(page.select("header.brand-bar .brand-name").text()).as(name).isEqualTo("North West IT");
            // From parts/brand.ftlh, which layout.ftlh includes.
            assertThat(page.select("head style").html()).as(name).contains("--brand:");
        }
    }

    @Test
    void thePagesKeepTheirLandmarksSkipLinkAndUniqueIds() {
        for (String name : PAGES) {
            Document page = Jsoup.parse(site.text(name));

            assertThat(page.select("a.skip-link[href=#main]")).as(name).hasSize(1);
            assertThat(page.select("main#main")).as(name).hasSize(1);
            assertThat(page.select("nav[aria-label] a[aria-current=page]")).as(name).hasSize(1);
            assertThat(page.select("h1")).as(name).hasSize(1);
            assertThat(page.select("footer")).as(name).isNotEmpty();
            Set<String> ids = new HashSet<>();
            for (Element element : page.select("[id]")) {
                assertThat(ids.add(element.id())).as("%s: id %s is unique", name, element.id()).isTrue();
            }
        }
    }

    @Test
    void theContentIsPolicycsAndTheSameAsWithTheBuiltInLayout() throws Exception {
        Site builtIn = PolicyCompiler.create().compile(MODEL);

        assertThat(Jsoup.parse(site.text("privacy-policy.html")).select("main section").outerHtml())
                .isEqualTo(Jsoup.parse(builtIn.text("privacy-policy.html")).select("main section").outerHtml());
        assertThat(PolicyCompiler.create().withTemplates(TEMPLATES).compile(MODEL).text("privacy-policy.html"))
                .isEqualTo(site.text("privacy-policy.html"));
    }

    @Test
    void theExamplesColoursMeetTheContrastOfPolicycs() throws IOException {
        String css = Files.readString(TEMPLATES.resolve("parts/brand.ftlh"));
        Matcher light = Pattern.compile(":root \\{([^}]*)}").matcher(css);
        assertThat(light.find()).isTrue();
        String lightRoot = light.group(1);
        assertThat(light.find()).as("a dark palette too").isTrue();
        String darkRoot = light.group(1);

        for (String[] palette : List.of(new String[] {lightRoot, "#ffffff", "#f4f6f8"},
                new String[] {darkRoot, "#15171a", "#22262b"})) {
            for (String background : List.of(palette[1], palette[2])) {
                assertThat(ratio(colour(palette[0], "link"), background)).isGreaterThanOrEqualTo(4.5);
                assertThat(ratio(colour(palette[0], "link-visited"), background)).isGreaterThanOrEqualTo(4.5);
                assertThat(ratio(colour(palette[0], "focus"), background)).isGreaterThanOrEqualTo(3.0);
            }
            assertThat(ratio(colour(palette[0], "brand-text"), colour(palette[0], "brand"))).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static String colour(String block, String name) {
        Matcher m = Pattern.compile("--" + name + ":\\s*(#[0-9a-fA-F]{6})").matcher(block);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    private static double ratio(String foreground, String background) {
        return ThemeContrastTest.contrast(ThemeContrastTest.rgb(foreground), ThemeContrastTest.rgb(background));
    }
}
