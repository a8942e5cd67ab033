package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.Site;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The markup every page of the theme shares, checked on every HTML page of the example site (two
 * versions): what WCAG 2.1 A/AA asks of structure, and what the HTML checker of the browser tests rejects.
 */
class ThemeMarkupTest {

    private static Site site;
    private static List<String> pages;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        site = PolicyCompiler.create().compile(Path.of("../site-src/src/policy/policy.yaml"));
        pages = site.files().keySet().stream().filter(name -> name.endsWith(".html")).sorted().toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void headingsGoDownOneLevelAtATime() {
        for (String name : pages) {
            int previous = 0;
            for (Element heading : page(name).select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                assertThat(level).as("%s: %s after h%d", name, heading.outerHtml(), previous)
                        .isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            assertThat(page(name).select("h1")).as(name).hasSize(1);
        }
    }

    @Test
    void everyTableHasACaptionAndHeaderCellsAndScrollsInANamedFocusableRegion() {
        for (String name : pages) {
            for (Element table : page(name).select("table")) {
                assertThat(table.select("> caption")).as(name).hasSize(1);
                assertThat(table.select("th[scope]")).as(name).isNotEmpty();
                Element region = table.parent();
                assertThat(region.hasClass("table-scroll")).as(name).isTrue();
                assertThat(region.attr("tabindex")).isEqualTo("0");
                assertThat(region.attr("role")).isEqualTo("region");
                assertThat(region.hasAttr("aria-label") || region.hasAttr("aria-labelledby")).isTrue();
            }
        }
    }

    @Test
    void noObsoleteAttributesAndNothingLoadedFromElsewhere() {
        for (String name : pages) {
            Document page = page(name);
            // SVG's own width and height are not the obsolete presentational attributes of HTML.
            page.select("svg").remove();
            assertThat(page.select("[align], [bgcolor], [border], [cellpadding], [cellspacing], [width], [height], "
                    + "[valign], font, center, [style]")).as(name).isEmpty();
            // The only scripts are the site's own files (the consent banner's), loaded from its assets.
            assertThat(page.select("script").not("[src~=^(\\.\\./)*assets/[a-z.-]+\\.js$]")).as(name).isEmpty();
            assertThat(page.select("iframe, img, link[rel=preload], link[rel=stylesheet][href^=http]"))
                    .as(name).isEmpty();
            assertThat(page.select("link[rel=stylesheet]").attr("href")).as(name).endsWith("assets/policyc.css");
        }
    }

    @Test
    void datesAreMachineReadable() {
        for (String name : pages) {
            for (Element time : page(name).select("time")) {
                assertThat(time.attr("datetime")).as(name).matches("\\d{4}-\\d{2}-\\d{2}");
            }
            assertThat(page(name).select("header.page-header p.meta time")).as(name).hasSize(1);
        }
    }

    @Test
    void aVersionsOwnPageNamesItsVersionInItsTitle() {
        assertThat(page("privacy-policy.html").title()).doesNotContain("version");
        assertThat(page("versions/2024.03/privacy-policy.html").title()).contains(", version 2024.03");
    }

    @Test
    void theRepeatedLinksOfTheListOfVersionsSayWhichVersionTheyLeadTo() {
        List<String> links = page("versions/index.html").select(".versions-table ul.inline a").eachText();

        assertThat(links).doesNotHaveDuplicates().anyMatch(text -> text.endsWith("version 2024.03"));
    }

    @Test
    void onAPageInAnotherLanguageTheTextPolicycWritesIsMarkedEnglish() {
        PolicyModel german = Models.load(dir, Models.MINIMAL.replace("effective: 2024-03-01",
                "effective: 2024-03-01\n  language: de-DE") + """
                sections:
                  - id: a
                    title: Über uns
                    body: Wir sind die Test GmbH.
                  - id: b
                    title: Rechte
                    body: Fragen Sie uns.
                """);

        Document page = Jsoup.parse(HtmlPages.privacyPolicy(german));

        assertThat(page.select("html").attr("lang")).isEqualTo("de-DE");
        assertThat(page.select("a.skip-link").attr("lang")).isEqualTo("en");
        assertThat(page.select("#contents-title").attr("lang")).isEqualTo("en");
        assertThat(page.select("header.page-header p.meta").attr("lang")).isEqualTo("en");
        // The model's own text is in the page's language: no lang of its own.
        assertThat(page.select("#a, #a-title, #a p").eachAttr("lang")).isEmpty();

        PolicyModel english = Models.load(dir.resolve("en"), Models.MINIMAL);
        assertThat(Jsoup.parse(HtmlPages.privacyPolicy(english)).select("body [lang]")).isEmpty();
    }

    private static Document page(String name) {
        return Jsoup.parse(site.text(name));
    }
}
