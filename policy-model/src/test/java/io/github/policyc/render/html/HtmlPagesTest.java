package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.model.PolicyModel;
import io.github.policyc.testing.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlPagesTest {

    private final PolicyModel model = Models.full();
    private final Document privacy = Jsoup.parse(HtmlPages.privacyPolicy(model));
    private final Document cookies = Jsoup.parse(HtmlPages.cookiePolicy(model));

    @Test
    void isAnHtml5DocumentWithLandmarksAndLanguage() {
        for (Document page : List.of(privacy, cookies)) {
            assertThat(page.documentType().name()).isEqualTo("html");
            assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
            assertThat(page.select("body > header, body > main, body > footer")).hasSize(3);
            assertThat(page.select("header nav[aria-label] a[aria-current=page]")).hasSize(1);
            assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
            assertThat(page.select("main#main")).hasSize(1);
            assertThat(page.select("h1")).hasSize(1);
        }
        assertThat(privacy.title()).isEqualTo("Privacy Policy – Example Widgets Limited");
    }

    @Test
    void headingsNeverSkipALevel() {
        for (Document page : List.of(privacy, cookies)) {
            int previous = 1;
            for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                assertThat(level).as(heading.outerHtml()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
    }

    @Test
    void startsWithASummaryTableOfPurposesBeforeTheFullText() {
        Element main = privacy.selectFirst("main");
        Element firstSection = main.selectFirst("section");

        assertThat(firstSection.id()).isEqualTo("at-a-glance");
        assertThat(firstSection.select("caption").text()).startsWith("Summary");
        assertThat(firstSection.select("tbody th").eachText())
                .containsExactly("Processing orders", "Website analytics", "Meeting access needs");
        assertThat(firstSection.select("tbody tr").get(0).select("td").eachText()).containsExactly(
                "Name and Email address", "Contract (Art. 6(1)(b))", "6 years after the end of the financial year");
    }

    @Test
    void summaryLinksEachPurposeToItsFullDescription() {
        for (Element link : privacy.select("#at-a-glance tbody th a")) {
            String target = link.attr("href").substring(1);
            assertThat(privacy.getElementById(target)).as(target).isNotNull();
        }
        assertThat(privacy.select("#at-a-glance tbody th a")).hasSize(3);
    }

    @Test
    void listsTheSectionsInAContentsNavigation() {
        assertThat(privacy.select("nav.contents a").eachAttr("href")).containsExactly("#introduction",
                "#how-we-use", "#data", "#sharing", "#rights", "#contact");
        assertThat(privacy.select("main > article > section[id] > h2").eachText()).containsExactly("At a glance",
                "Introduction", "How we use your data", "The data we hold", "Who we share it with", "Your rights",
                "Contact us");
    }

    @Test
    void everyTableHasACaptionAndHeaderCells() {
        for (Document page : List.of(privacy, cookies)) {
            for (Element table : page.select("table")) {
                assertThat(table.select("caption").text()).isNotBlank();
                assertThat(table.select("thead th[scope=col]")).isNotEmpty();
                for (Element row : table.select("tbody tr")) {
                    assertThat(row.child(0).tagName()).isEqualTo("th");
                    assertThat(row.child(0).attr("scope")).isEqualTo("row");
                    assertThat(row.children()).hasSameSizeAs(table.select("thead th"));
                }
                assertThat(table.parent().attr("role")).isEqualTo("region");
            }
        }
    }

    @Test
    void embedsGeneratedTablesWhereTheProseAsksForThem() {
        assertThat(privacy.select("#how-we-use table caption").text()).isEqualTo("Why we use personal data");
        assertThat(privacy.select("#data table caption").eachText())
                .containsExactly("Personal data we hold", "Whose personal data we hold");
        assertThat(privacy.select("#data table").get(0).select("tbody tr").get(3).text())
                .isEqualTo("Health information (special category data) Only what you tell us about access needs.");
        assertThat(privacy.select("#sharing table").get(1).select("tbody tr").eachText()).containsExactly(
                "Analytics vendor United States International Data Transfer Agreement Ask privacy@example.test for a copy.");
    }

    @Test
    void rendersEachPurposeInFull() {
        Element orders = privacy.getElementById("purpose-orders");

        assertThat(orders.select("h3").text()).isEqualTo("Processing orders");
        assertThat(orders.select("p strong").text()).isEqualTo("deliver");
        assertThat(orders.select("ul li").eachText()).containsExactly("confirm the order", "send the invoice");
        assertThat(facts(orders)).containsExactly(
                "Whose data: Customers",
                "Personal data: Name and Email address",
                "Lawful basis: Contract (Art. 6(1)(b))",
                "How long we keep it: 6 years after the end of the financial year. Tax law requires us to keep invoices.",
                "Who receives it: Courier",
                "Do you have to provide it?: You must give an address, or we cannot deliver.");
        assertThat(facts(privacy.getElementById("purpose-analytics")))
                .contains("Our legitimate interest: Understanding which pages help visitors.");
    }

    @Test
    void writesContactsAsMailtoLinks() {
        assertThat(privacy.select("#introduction a[href^=mailto:]").eachAttr("href"))
                .containsExactly("mailto:privacy@example.test");
        assertThat(privacy.select("#contact table a").eachAttr("href"))
                .containsExactly("mailto:privacy@example.test", "tel:+441610000000", "mailto:dpo@example.test");
        assertThat(privacy.select("#contact table tbody tr").get(2).text()).isEqualTo(
                "Post room 1 Example Street, Manchester, M1 1AA");
        assertThat(facts(privacy.selectFirst("#contact dl"))).containsExactly(
                "Controller: Example Widgets Limited",
                "Company number: 01234567 (registered in England and Wales)",
                "Registered office: 1 Example Street Manchester M1 1AA",
                "Contact: privacy@example.test",
                "Data protection officer: dpo@example.test",
                "Website: https://www.example.test");
    }

    @Test
    void explainsEachRightWithHowToUseIt() {
        assertThat(privacy.select("#rights table tbody tr").get(2).text()).isEqualTo(
                "The right to erasure You can ask us to delete your data. Write to us. Contact: dpo@example.test");
        assertThat(privacy.getElementById("right-complaint").text()).contains(
                "Information Commissioner's Office", "0303 123 1113");
        assertThat(privacy.select("#right-complaint a[href^=https]").attr("href"))
                .isEqualTo("https://ico.org.uk/make-a-complaint/");
    }

    @Test
    void shiftsHeadingsInProseBelowTheSectionHeading() {
        assertThat(privacy.select("#introduction h3").text()).isEqualTo("Who we are");
        assertThat(privacy.select("#introduction a[href=cookie-policy.html]").text()).isEqualTo("Cookie Policy");
    }

    @Test
    void cookiePolicyGroupsTheInventoryByCategory() {
        assertThat(cookies.select("h1").text()).isEqualTo("Cookie Policy");
        assertThat(cookies.select("#cookies-intro h3").eachText())
                .containsExactly("Strictly necessary cookies", "Analytics cookies", "Changing your choices");
        Element analytics = cookies.selectFirst("#cookies-analytics ~ .table-scroll table");
        assertThat(analytics.select("tbody tr").get(0).text())
                .isEqualTo("_ga_* Google Analytics Website analytics 2 years Third party");
        assertThat(cookies.select("table caption").eachText()).containsExactly("Strictly necessary cookies",
                "Analytics cookies", "Cookies");
        assertThat(cookies.select("#cookies-intro a[href=privacy-policy.html]").text()).isEqualTo("Privacy Policy");
    }

    @Test
    void cookiePolicyWithoutSectionsListsTheInventory() {
        PolicyModel withoutSections = new PolicyModel(model.policy(), model.controller(), model.contacts(),
                model.supervisoryAuthority(), model.dataSubjects(), model.dataCategories(), model.purposes(),
                model.recipients(), model.rights(), model.automatedDecisions(), model.cookieCategories(), model.cookies(),
                List.of());

        Document page = Jsoup.parse(HtmlPages.cookiePolicy(withoutSections));

        assertThat(page.select("main h2").text()).isEqualTo("Cookies we use");
        assertThat(page.select("table tbody th code").eachText()).containsExactly("session-id", "_ga_*");
    }

    @Test
    void outputIsTheSameWhateverTheMachinesLocaleAndTimeZone() {
        String expected = HtmlPages.privacyPolicy(model);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(HtmlPages.privacyPolicy(Models.full())).isEqualTo(expected);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(expected).doesNotContain("\r");
    }

    @Test
    void leavesAuthorsCommentsOutAndShowsOtherRawHtmlAsText() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("comments");
        PolicyModel withComments = Models.load(dir, Models.MINIMAL + """
                sections:
                  - id: a
                    title: A
                    body: |
                      Before <!-- policyc:ignore PC303 internal --> after.

                      <!-- a note for authors
                      over two lines -->

                      <b>bold?</b>
                """);

        Document page = Jsoup.parse(HtmlPages.privacyPolicy(withComments));

        assertThat(page.select("#a p").eachText()).containsExactly("Before after.", "<b>bold?</b>");
        assertThat(HtmlPages.privacyPolicy(withComments)).doesNotContain("policyc:ignore", "a note for authors");
    }

    @Test
    void anEscapedDirectiveIsText() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("escaped");
        PolicyModel escaped = Models.load(dir, Models.MINIMAL + """
                sections:
                  - id: a
                    title: A
                    body: 'Write \\{\\{contact nobody}} to link a contact.'
                """);

        assertThat(Jsoup.parse(HtmlPages.privacyPolicy(escaped)).select("#a p").text())
                .isEqualTo("Write {{contact nobody}} to link a contact.");
    }

    private static List<String> facts(Element container) {
        List<String> facts = new ArrayList<>();
        for (Element term : container.select("dl.facts > dt")) {
            facts.add(term.text() + ": " + term.nextElementSibling().text());
        }
        return facts;
    }
}
