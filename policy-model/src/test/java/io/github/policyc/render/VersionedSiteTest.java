package io.github.policyc.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyc.PolicyCompiler;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.Site;
import io.github.policyc.render.json.ContentHash;
import io.github.policyc.render.json.TiltExporter;
import io.github.policyc.testing.VersionedModels;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site of a policy with three versions: two released, one current. */
class VersionedSiteTest {

    private static final List<String> VERSIONS = List.of("2024.03", "2024.06", "2024.09");

    @TempDir
    Path dir;

    private Path model;
    private Site site;

    @BeforeEach
    void compile() throws Exception {
        model = VersionedModels.history(dir);
        site = compiler().compile(model, dir.resolve("history"));
    }

    private static PolicyCompiler compiler() {
        return PolicyCompiler.create().withChangeDetector(VersionedModels.DETECTOR);
    }

    @Test
    void publishesEveryVersionInTheAgreedLayout() {
        List<String> expected = new ArrayList<>(List.of("privacy-policy.html", "cookie-policy.html", "policy.json",
                "assets/policyc.css", "versions/index.html", "changes.html", "changes.json", "feed.json", "tilt.json",
                "schema/policy-model.schema.json", "schema/policy.schema.json"));
        for (String version : VERSIONS) {
            for (String file : List.of("privacy-policy.html", "cookie-policy.html", "policy.json")) {
                expected.add("versions/" + version + "/" + file);
            }
        }
        assertThat(site.files().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void releasedVersionsArePublishedExactlyAsReleasedAndTheLatestAlsoAtTheRoot() throws Exception {
        for (String version : List.of("2024.03", "2024.06")) {
            assertThat(site.files().get("versions/" + version + "/policy.json"))
                    .isEqualTo(Files.readAllBytes(dir.resolve("history/" + version + ".json")));
        }
        assertThat(site.text("policy.json")).isEqualTo(site.text("versions/2024.09/policy.json"))
                .contains("\"version\": \"2024.09\"");
        assertThat(mainText("privacy-policy.html"))
                .isEqualTo(mainText("versions/2024.09/privacy-policy.html").replace("../../terms.html", "terms.html"));
        assertThat(mainText("versions/2024.03/privacy-policy.html")).contains("deliver what you ordered (2024.03)");
    }

    @Test
    void theTiltDocumentIsTheExportOfTheVersionInForce() throws Exception {
        PolicyModel inForce = PolicyLoader.create().load(model);

        assertThat(site.text("tilt.json")).isEqualTo(TiltExporter.write(inForce,
                new TiltExporter.Publication(VERSIONS.size(), "privacy-policy.html", true)));
    }

    /** Every page's links and stylesheet lead to a file the site has, and every fragment to an id on it. */
    @Test
    void everyRelativeLinkLeadsToAFileOfTheSiteAndItsAnchor() {
        int checked = 0;
        for (String page : site.files().keySet().stream().filter(p -> p.endsWith(".html")).toList()) {
            Document document = Jsoup.parse(site.text(page));
            for (Element link : document.select("a[href], link[href]")) {
                String href = link.attr("href");
                URI target = URI.create("https://site.test/" + page).resolve(href);
                if (!"site.test".equals(target.getHost())) {
                    continue;
                }
                String path = target.getPath().substring(1);
                if (path.equals("terms.html")) {
                    assertThat(href).as("%s: an author's link to a page beside the policy", page)
                            .isEqualTo(page.startsWith("versions/") ? "../../terms.html#delivery" : "terms.html#delivery");
                    continue;
                }
                assertThat(site.files()).as("%s links %s", page, href).containsKey(path);
                if (target.getFragment() != null) {
                    assertThat(Jsoup.parse(site.text(path)).getElementById(target.getFragment()))
                            .as("%s links %s", page, href).isNotNull();
                }
                checked++;
            }
        }
        assertThat(checked).as("links checked").isGreaterThan(150);
    }

    @Test
    void aVersionsPageShowsItsVersionAndLinksTheVersionsAroundIt() {
        Document middle = page("versions/2024.06/privacy-policy.html");

        assertThat(middle.select("header.page-header .meta").text()).isEqualTo("Version 2024.06 · Effective from 1 June 2024");
        assertThat(middle.select("nav.versions a[rel=prev]").attr("href")).isEqualTo("../2024.03/privacy-policy.html");
        assertThat(middle.select("nav.versions a[rel=next]").attr("href")).isEqualTo("../2024.09/privacy-policy.html");
        assertThat(middle.select("nav.versions a").eachText()).contains("What changed in version 2024.06");
        assertThat(middle.select("nav.versions a").eachAttr("href")).contains("../../changes.html#v2024.06");
        assertThat(middle.select(".notice").text()).isEqualTo("This version is no longer in force. Version 2024.09"
                + " replaced it on 1 September 2024. Read the version in force.");
        assertThat(middle.select(".notice a").eachAttr("href"))
                .containsExactly("../2024.09/privacy-policy.html", "../../privacy-policy.html");
        assertThat(middle.select("link[rel=stylesheet]").attr("href")).isEqualTo("../../assets/policyc.css");
        assertThat(middle.select("header nav[aria-label=Policies] a").eachAttr("href")).containsExactly(
                "privacy-policy.html", "cookie-policy.html", "../index.html", "../../changes.html");

        Document first = page("versions/2024.03/cookie-policy.html");
        assertThat(first.select("nav.versions a[rel=prev]")).isEmpty();
        assertThat(first.select("nav.versions a[rel=next]").attr("href")).isEqualTo("../2024.06/cookie-policy.html");
    }

    @Test
    void thePageInForceSaysSoAndGivesItsPermanentAddress() {
        Document root = page("privacy-policy.html");

        assertThat(root.select(".notice")).isEmpty();
        assertThat(root.select("nav.versions a[rel=next]")).isEmpty();
        assertThat(root.select("nav.versions a[rel=prev]").attr("href")).isEqualTo("versions/2024.06/privacy-policy.html");
        assertThat(root.select("nav.versions a:contains(Permanent address)").attr("href"))
                .isEqualTo("versions/2024.09/privacy-policy.html");
        assertThat(page("versions/2024.09/privacy-policy.html").select(".notice")).isEmpty();
    }

    @Test
    void linksInProseStartFromTheSiteRootExceptToTheVersionsOwnPages() {
        Element contact = page("versions/2024.03/privacy-policy.html").getElementById("contact");

        assertThat(contact.select("a:contains(terms of sale)").attr("href")).isEqualTo("../../terms.html#delivery");
        assertThat(contact.select("a:contains(cookie list)").attr("href"))
                .isEqualTo("cookie-policy.html#cookies-strictly-necessary");
        assertThat(contact.select("a:contains(Back to the top)").attr("href")).isEqualTo("#how-we-use");
        assertThat(page("privacy-policy.html").select("#contact a:contains(terms of sale)").attr("href"))
                .isEqualTo("terms.html#delivery");
    }

    @Test
    void theListOfVersionsShowsEachNewestFirst() {
        Document index = page("versions/index.html");

        List<List<String>> rows = index.select("table.versions-table tbody tr").stream()
                .map(row -> row.children().stream().limit(4).map(Element::text).toList())
                .toList();
        assertThat(rows).containsExactly(
                List.of("2024.09 (in force)", "1 September 2024", "No", hash("2024.09")),
                List.of("2024.06", "1 June 2024", "Yes", hash("2024.06")),
                List.of("2024.03", "1 March 2024", "First version", hash("2024.03")));
        assertThat(index.select("tbody tr").get(1).select("a").eachAttr("href")).containsExactly(
                "2024.06/privacy-policy.html", "2024.06/privacy-policy.html", "2024.06/cookie-policy.html",
                "2024.06/policy.json", "../changes.html#v2024.06");
        assertThat(index.select("header.page-header .meta").text())
                .isEqualTo("Current version 2024.09 · Effective from 1 September 2024");
        assertThat(index.select("[aria-current=page]").text()).isEqualTo("All versions");
    }

    @Test
    void theChangeLogHasAnEntryPerVersionNewestFirst() {
        Document changes = page("changes.html");

        assertThat(changes.select("main section.version-changes").eachAttr("id"))
                .containsExactly("v2024.09", "v2024.06", "v2024.03");
        Element june = changes.getElementById("v2024.06");
        assertThat(june.select(".material-flag").text()).startsWith("Material change.");
        assertThat(june.select("ul.changes li").eachText()).containsExactly(
                "Material purpose 'orders' (Processing orders): now keeps data for 7 years instead of 6 years",
                "contact 'dpo' (Data Protection Officer): has a new email address");
        assertThat(june.select("ul.changes li.material")).hasSize(1);
        assertThat(june.select(".meta a").eachAttr("href"))
                .containsExactly("versions/2024.03/privacy-policy.html", "versions/2024.06/privacy-policy.html");
        assertThat(june.text()).contains("1 material change: longer retention; 1 other change.");

        Element september = changes.getElementById("v2024.09");
        assertThat(september.select(".material-flag")).isEmpty();
        assertThat(september.text()).contains("Wording only.");
        assertThat(september.select("h4").text()).isEqualTo("The description of purpose 'orders'");
        assertThat(september.select("ul.diff > li").eachAttr("class")).containsExactly("removed", "added", "context");
        assertThat(september.select("ul.diff del").text()).isEqualTo("Removed: We use your details to deliver.");
        assertThat(september.select("ul.diff ins").text()).isEqualTo("Added: We use your details to deliver orders.");
        assertThat(september.select("ul.diff .visually-hidden").eachText())
                .containsExactly("Removed:", "Added:", "Unchanged (blank line):");
        assertThat(september.select("ul.diff .sign").eachAttr("aria-hidden")).containsOnly("true");

        assertThat(changes.getElementById("v2024.03").text()).contains("The first published version.");
    }

    @Test
    void theChangeLogIsAlsoJson() throws Exception {
        JsonNode log = new ObjectMapper().readTree(site.text("changes.json"));
        assertThat(log.get("formatVersion").asText()).isEqualTo("1.0");
        JsonNode changes = log.get("versions");

        assertThat(changes.size()).isEqualTo(2);
        assertThat(changes.get(0).get("from").asText() + ">" + changes.get(0).get("to").asText()).isEqualTo("2024.06>2024.09");
        assertThat(changes.get(0).get("material").asBoolean()).isFalse();
        assertThat(changes.at("/0/text/0/lines/1/type").asText()).isEqualTo("added");
        assertThat(changes.at("/1/material").asBoolean()).isTrue();
        assertThat(changes.at("/1/changes/0/kind").asText()).isEqualTo("retention-longer");
        assertThat(changes.at("/1/changes/1/material").asBoolean()).isFalse();
    }

    @Test
    void withoutABaseUrlNoPageNamesACanonicalAddress() {
        for (String page : htmlPages()) {
            assertThat(page(page).select("link[rel=canonical]")).as(page).isEmpty();
        }
        assertThat(page("versions/2024.03/privacy-policy.html").select("link[type=application/json]").attr("href"))
                .isEqualTo("policy.json");
    }

    @Test
    void aBaseUrlGivesEveryPageItsCanonicalAddressAndAbsoluteJsonLinks() throws Exception {
        Site published = compiler().withBaseUrl(BaseUrl.parse("https://example.com/privacy"))
                .compile(model, dir.resolve("history"));

        for (String page : htmlPages()) {
            Document document = Jsoup.parse(published.text(page));
            String expected = "https://example.com/privacy/" + page.replace("versions/2024.09/", "");
            assertThat(document.select("link[rel=canonical]").eachAttr("href")).as(page).containsExactly(expected);
        }
        Document old = Jsoup.parse(published.text("versions/2024.03/cookie-policy.html"));
        assertThat(old.select("link[type=application/json]").attr("href"))
                .isEqualTo("https://example.com/privacy/versions/2024.03/policy.json");
        assertThat(old.select("footer a:contains(machine-readable JSON)").attr("href"))
                .isEqualTo("https://example.com/privacy/versions/2024.03/policy.json");
        assertThat(Jsoup.parse(published.text("versions/index.html")).select("table a:contains(JSON)").eachAttr("href"))
                .allMatch(href -> href.startsWith("https://example.com/privacy/versions/"));
        assertThat(old.select("nav.versions a[rel=next]").attr("href")).isEqualTo("../2024.06/cookie-policy.html");
    }

    @Test
    void anUnchangedRebuildIsByteIdentical() throws Exception {
        Site again = compiler().compile(model, dir.resolve("history"));

        assertThat(again.files().keySet()).containsExactlyElementsOf(site.files().keySet());
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            assertThat(Arrays.equals(again.files().get(file.getKey()), file.getValue())).as(file.getKey()).isTrue();
        }
    }

    private List<String> htmlPages() {
        List<String> pages = site.files().keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertThat(pages).hasSize(10);
        return pages;
    }

    private Document page(String path) {
        String html = site.text(path);
        assertThat(html).as(path).isNotNull();
        return Jsoup.parse(html);
    }

    private String mainText(String path) {
        return page(path).select("main section").outerHtml();
    }

    private String hash(String version) {
        return ContentHash.declared(site.text("versions/" + version + "/policy.json")).orElseThrow();
    }
}
