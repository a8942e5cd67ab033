package io.github.policyc.cookies;

import static io.github.policyc.testing.Models.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.Site;
import io.github.policyc.render.SiteRenderer;
import io.github.policyc.render.html.SitePaths;
import io.github.policyc.testing.HostileModel;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentBannerTest {

    static final String COOKIES = MINIMAL + """
            purposes:
              analytics:
                title: Website analytics
                lawfulBasis: consent
              ads:
                title: Advertising
                lawfulBasis: consent
            cookieCategories:
              security:
                label: Security
                description: These cookies **protect** your account.
                necessary: true
            cookies:
              - { name: session-id, provider: Test Ltd, party: first, category: strictly-necessary, duration: session,
                  description: Keeps you signed in. }
              - { name: __Host-csrf, provider: Test Ltd, party: first, category: security, duration: session }
              - { name: _ga_*, provider: Google Analytics, party: third, category: analytics, duration: P2Y,
                  purpose: analytics }
              - { name: _gid, provider: Google Analytics, party: third, category: analytics, duration: P1D,
                  purpose: analytics }
              - { name: _fbp, provider: Meta, party: third, category: marketing, duration: P3M, purpose: ads }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void bannerAndCookiePolicyListTheSameCookiesByCategory() throws Exception {
        Site site = SiteRenderer.render(Models.load(dir, COOKIES));

        Map<String, List<String>> policy = policyTables(Jsoup.parse(site.text(SitePaths.COOKIES)));
        Map<String, List<String>> banner = bannerTables(config(site.text(ConsentBanner.CONFIG)));

        assertThat(banner).isEqualTo(policy).containsOnlyKeys("strictly-necessary", "analytics", "marketing",
                "security");
        assertThat(policy.get("analytics")).containsExactly("_ga_*", "_gid");
    }

    @Test
    void necessaryCategoriesAreReadOnlyAndTheOthersClearTheirCookies() throws Exception {
        JsonNode config = config(ConsentBanner.script(Models.load(dir, COOKIES), 3));

        assertThat(config.get("revision").asInt()).isEqualTo(3);
        JsonNode categories = config.get("categories");
        assertThat(categories.get("strictly-necessary").get("readOnly").asBoolean()).isTrue();
        assertThat(categories.get("security").get("enabled").asBoolean()).isTrue();
        assertThat(categories.get("analytics").has("readOnly")).isFalse();
        assertThat(categories.get("analytics").get("autoClear").get("cookies").toString())
                .isEqualTo("[{\"pattern\":\"^_ga_.*$\"},{\"name\":\"_gid\"}]");
        assertThat(categories.get("marketing").get("autoClear").get("cookies").toString())
                .isEqualTo("[{\"name\":\"_fbp\"}]");
        JsonNode translations = config.get("language").get("translations");
        assertThat(config.get("language").get("default").asText()).isEqualTo("en");
        JsonNode security = section(translations.get("en"), "security");
        assertThat(security.get("description").asText()).isEqualTo("These cookies protect your account.");
    }

    @Test
    void patternsBecomeRegularExpressionsThatMatchOnlyTheirNames() {
        Pattern ga = Pattern.compile(new CookieName("_ga_*").regex());
        Pattern dotted = Pattern.compile(new CookieName("a.b*").regex());

        assertThat(ga.matcher("_ga_ABC123").matches()).isTrue();
        assertThat(ga.matcher("x_ga_ABC").matches()).isFalse();
        assertThat(dotted.matcher("a.b1").matches()).isTrue();
        assertThat(dotted.matcher("axb1").matches()).isFalse();
        assertThat(new CookieName("_ga_*").matches("_ga_X")).isTrue();
        assertThat(new CookieName("_ga").matches("_ga_X")).isFalse();
        assertThat(new CookieName("a*b*c").matches("aXbYc")).isTrue();
        assertThat(new CookieName("a*b*c").matches("aXbY")).isFalse();
    }

    @Test
    void hostileModelTextStaysTextInsideTheScript() throws Exception {
        String hostile = "</script><script>alert(1)</script>\"'\u2028\u2029&amp;";
        String yaml = COOKIES.replace("name: Test Ltd", "name: " + JSON.writeValueAsString(hostile))
                .replace("provider: Meta", "provider: " + JSON.writeValueAsString(hostile))
                .replace("label: Security", "label: " + JSON.writeValueAsString(hostile));
        String script = ConsentBanner.script(Models.load(dir, yaml), 1);

        assertThat(script).doesNotContain("<", ">", "\u2028", "\u2029", "alert(1)\"");
        assertThat(script.chars().allMatch(c -> c == '\n' || c >= 0x20 && c < 0x7f)).isTrue();
        JsonNode config = config(script);
        String asHtml = ConsentBanner.html(hostile);
        JsonNode marketing = section(config.get("language").get("translations").get("en"), "marketing");
        assertThat(marketing.get("cookieTable").get("body").get(0).get("provider").asText()).isEqualTo(asHtml);
        assertThat(section(config.get("language").get("translations").get("en"), "security").get("title").asText())
                .isEqualTo(asHtml);
        // What the browser shows, once the banner parses the HTML, is the text as written.
        assertThat(Jsoup.parse(asHtml).body().wholeText()).isEqualTo(hostile);
    }

    @Test
    void noTextFieldOfTheModelBecomesMarkupInTheBanner() throws Exception {
        String text = "<script>alert(1)</script>\" onmouseover=\"alert(2)\" '><img src=x onerror=alert(3)>\u2028";
        String yaml = HostileModel.yaml(text, "<div onclick=\"alert(4)\">x</div>\n\n[a](javascript:alert(5))")
                .replace("necessary: true", "necessary: false");
        PolicyModel model = Models.load(dir, yaml);
        assertThat(ConsentBanner.isNeeded(model)).as("the hostile category needs consent").isTrue();

        String script = ConsentBanner.script(model, 1);

        assertThat(script).doesNotContain("<", ">", "\u2028");
        JsonNode config = config(script);
        // What the banner shows, it inserts as HTML; the autoClear names stay names, which the banner never shows.
        assertThat(config.get("language").get("default").asText()).as("not a language tag").isEqualTo("en");
        List<String> texts = new ArrayList<>();
        strings(config.get("language").get("translations"), texts);
        assertThat(texts).anyMatch(t -> t.contains("&lt;script&gt;"));
        for (String value : texts) {
            assertThat(Jsoup.parseBodyFragment(value).body().children()).as(value).isEmpty();
        }
    }

    @Test
    void everyPageLoadsTheBannerFromTheSiteAndWorksWithoutIt() {
        Site site = SiteRenderer.render(Models.load(dir, COOKIES));

        assertThat(site.files()).containsKeys(ConsentBanner.CONFIG, ConsentBanner.SCRIPT, ConsentBanner.STYLESHEET,
                ConsentBanner.LICENSE);
        assertThat(site.text(ConsentBanner.SCRIPT)).contains("CookieConsent");
        for (String page : site.files().keySet()) {
            if (!page.endsWith(".html")) {
                continue;
            }
            Document html = Jsoup.parse(site.text(page));
            String root = SitePaths.root(page);
            assertThat(html.select("head script[defer]").eachAttr("src")).as(page)
                    .containsExactly(root + ConsentBanner.SCRIPT, root + ConsentBanner.CONFIG);
            assertThat(html.select("head link[rel=stylesheet]").eachAttr("href")).as(page)
                    .contains(root + ConsentBanner.STYLESHEET);
            assertThat(html.select("script[src^=http], link[href^=http][rel=stylesheet]")).as(page).isEmpty();
        }
        Document cookies = Jsoup.parse(site.text(SitePaths.COOKIES));
        Element button = cookies.selectFirst("#cookie-choices ~ p button[data-cc=show-preferencesModal]");
        assertThat(button.text()).isEqualTo("Cookie settings");
        assertThat(button.hasAttr("hidden")).as("shown by the banner's script only").isTrue();
        assertThat(cookies.select("#cookie-choices ~ p").text()).contains("Your browser's settings");
    }

    @Test
    void aSiteWithOnlyNecessaryCookiesHasNoBanner() {
        Site site = SiteRenderer.render(Models.load(dir, MINIMAL + """
                cookies:
                  - { name: session-id, category: strictly-necessary, duration: session }
                """));

        assertThat(site.files()).doesNotContainKeys(ConsentBanner.CONFIG, ConsentBanner.SCRIPT);
        Document cookies = Jsoup.parse(site.text(SitePaths.COOKIES));
        assertThat(cookies.select("script")).isEmpty();
        assertThat(cookies.select("#cookie-choices, button")).isEmpty();
    }

    @Test
    void theSameModelGivesTheSameScript() {
        PolicyModel model = Models.load(dir, COOKIES);

        assertThat(ConsentBanner.script(model, 2)).isEqualTo(ConsentBanner.script(Models.load(dir, COOKIES), 2));
    }

    /** The configuration's JSON, read back out of the generated script. */
    static JsonNode config(String script) throws Exception {
        int from = script.indexOf(ConsentBanner.BEGIN) + ConsentBanner.BEGIN.length();
        return JSON.readTree(script.substring(from, script.indexOf(ConsentBanner.END)));
    }

    /** The cookie names of each category's preferences section, by the category's id. */
    static Map<String, List<String>> bannerTables(JsonNode config) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (JsonNode section : config.get("language").get("translations").elements().next().get("preferencesModal")
                .get("sections")) {
            if (section.has("linkedCategory")) {
                List<String> names = new ArrayList<>();
                section.get("cookieTable").get("body").forEach(row -> names.add(Jsoup.parse(row.get("name").asText())
                        .text()));
                tables.put(section.get("linkedCategory").asText(), names);
            }
        }
        assertThat(tables.keySet()).as("every category of a section is one of the banner's")
                .isEqualTo(iterate(config.get("categories")));
        return tables;
    }

    /** The cookie names of each category's table in the cookie policy, by the category's id. */
    static Map<String, List<String>> policyTables(Document page) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (Element heading : page.select("h3[id^=cookies-]")) {
            Element table = heading.nextElementSiblings().select(".table-scroll table").first();
            tables.put(heading.id().substring("cookies-".length()), table.select("tbody th").eachText());
        }
        return tables;
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
    }

    private static java.util.Set<String> iterate(JsonNode object) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode section(JsonNode translation, String category) {
        for (JsonNode section : translation.get("preferencesModal").get("sections")) {
            if (category.equals(section.path("linkedCategory").asText())) {
                return section;
            }
        }
        throw new AssertionError("no section for " + category);
    }
}
