package io.github.policyc.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Finding;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Rules;
import io.github.policyc.load.Problem;
import io.github.policyc.model.Location;
import java.io.StringWriter;
import java.util.List;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class FindingsReportRendererTest {

    private static final String REFERENCE = "https://example.test/rules.md";

    private static final RuleInfo CONTACT = rule("PC201");
    private static final RuleInfo EMPTY_SECTION = rule("PC403");
    private static final RuleInfo DUPLICATE = rule("PC102");
    private static final RuleInfo UNUSED = rule("PC301");

    private static final Finding HR = new Finding(CONTACT, at(11, 3), List.of(),
            "contact 'hr' (HR) has no way to reach it", "add an email, phone, url or address", null);
    private static final Finding LATER = new Finding(EMPTY_SECTION, at(18, 5), List.of(),
            "section 'later' (\"Later\") is empty", "write its body or remove it", null);
    private static final Finding TWICE = new Finding(DUPLICATE, new Location("sections/a.md", 3, 1),
            List.of(new Location("sections/b.md", 7, 1), new Location("sections/c.md", 5, 1)),
            "this paragraph is said 3 times", null, null);
    private static final Finding RECEPTION = new Finding(CONTACT, at(12, 3), List.of(),
            "contact 'reception' (Reception) has no way to reach it", "add an email, phone, url or address",
            "reception is reached in person at the front desk");

    @Test
    void summarisesTheFindingsBySeverityAndCountsTheSuppressedApart() {
        Document page = render(new CheckReport(List.of(HR, RECEPTION, LATER, TWICE)), REFERENCE);

        assertThat(rows(table(page, "Summary"))).containsExactly(
                List.of("error", "1"), List.of("warning", "2"), List.of("info", "0"), List.of("suppressed", "1"));
        assertThat(page.text()).contains("policyc checked src/policy/policy.yaml: 1 error, 2 warnings, 0 infos (1 suppressed).");
    }

    @Test
    void listsEachFindingAtItsPlaceWithItsRuleLinkedToTheReference() {
        Document page = render(new CheckReport(List.of(HR, LATER)), REFERENCE);

        Element table = table(page, "Findings");
        assertThat(headers(table)).containsExactly("Location", "Severity", "Rule", "Message", "Hint");
        assertThat(rows(table)).containsExactly(
                List.of("src/policy/policy.yaml:11:3", "error", "PC201 contact-without-channel",
                        "contact 'hr' (HR) has no way to reach it", "add an email, phone, url or address"),
                List.of("src/policy/policy.yaml:18:5", "warning", "PC403 empty-section",
                        "section 'later' (\"Later\") is empty", "write its body or remove it"));
        assertThat(table.select("td a").eachAttr("href"))
                .containsExactly(REFERENCE + "#pc201", REFERENCE + "#pc403");
    }

    @Test
    void listsTheFurtherPlacesOfAGroupUnderTheFirst() {
        Document page = render(new CheckReport(List.of(TWICE)), REFERENCE);

        Element location = table(page, "Findings").selectFirst("tbody tr:has(td) td");
        assertThat(location.select("br")).hasSize(2);
        assertThat(location.text()).isEqualTo("sections/a.md:3:1 also at sections/b.md:7:1 also at sections/c.md:5:1");
    }

    @Test
    void listsSuppressedFindingsApartWithTheirReasons() {
        Document page = render(new CheckReport(List.of(HR, RECEPTION)), REFERENCE);

        assertThat(rows(table(page, "Findings"))).extracting(row -> row.get(0))
                .containsExactly("src/policy/policy.yaml:11:3");
        Element suppressed = table(page, "Suppressed findings");
        assertThat(headers(suppressed)).containsExactly("Location", "Severity", "Rule", "Message", "Reason");
        assertThat(rows(suppressed)).containsExactly(List.of("src/policy/policy.yaml:12:3", "error",
                "PC201 contact-without-channel", "contact 'reception' (Reception) has no way to reach it",
                "reception is reached in person at the front desk"));
    }

    @Test
    void leavesOutTheSuppressedTableWhenNothingIsSuppressed() {
        Document page = render(new CheckReport(List.of(HR)), REFERENCE);

        assertThat(page.select("h2").eachText()).containsExactly("Summary", "Findings");
    }

    @Test
    void saysSoWhenThereAreNoFindings() {
        Document page = render(new CheckReport(List.of()), REFERENCE);

        assertThat(section(page, "Findings").text()).contains("The checks found nothing to report.");
        assertThat(section(page, "Findings").select("table")).isEmpty();
    }

    @Test
    void leavesRuleIdsUnlinkedWithoutAReference() {
        for (String none : new String[] {null, "", "  "}) {
            Document page = render(new CheckReport(List.of(HR)), none);

            assertThat(page.select("a[href]")).as("reference %s", none).isEmpty();
            assertThat(rows(table(page, "Findings")).get(0).get(2)).isEqualTo("PC201 contact-without-channel");
        }
    }

    @Test
    void showsModelTextAsTextNeverAsMarkupOrLinks() {
        String hostile = "contact '<script>alert(1)</script>' see {here, https://evil.example/} & <b>bold</b>";
        Finding finding = new Finding(CONTACT, at(4, 1), List.of(), hostile, "<img src=x onerror=alert(1)>",
                null);

        Document page = render(new CheckReport(List.of(finding)), REFERENCE);

        assertThat(page.select("script, b, img")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).containsExactly(REFERENCE + "#pc201");
        assertThat(rows(table(page, "Findings")).get(0).subList(3, 5))
                .containsExactly(hostile, "<img src=x onerror=alert(1)>");
    }

    @Test
    void showsTheProblemsOfAModelThatDoesNotLoad() {
        List<Problem> problems = List.of(
                new Problem(at(41, 18), "purpose 'events' names unknown category 'emial' (did you mean 'email'?)"),
                new Problem(at(52, 18), "purpose 'events': 'lawfulBasis' must be one of consent, ..."));

        Document page = page(sink -> FindingsReportRenderer.problems(sink, "src/policy/policy.yaml", problems));

        assertThat(page.text()).contains("src/policy/policy.yaml does not load, so it was not checked. "
                + "Fix these 2 problems first.");
        assertThat(rows(table(page, "Problems"))).containsExactly(
                List.of("src/policy/policy.yaml:41:18",
                        "purpose 'events' names unknown category 'emial' (did you mean 'email'?)"),
                List.of("src/policy/policy.yaml:52:18", "purpose 'events': 'lawfulBasis' must be one of consent, ..."));
        assertThat(page.select("h2").eachText()).containsExactly("Problems");
    }

    @Test
    void aModelThatDoesNotLoadHasProblems() {
        assertThatThrownBy(() -> FindingsReportRenderer.problems(new Xhtml5BaseSink(new StringWriter()), "p.yaml",
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static Document render(CheckReport report, String reference) {
        return page(sink -> FindingsReportRenderer.findings(sink, "src/policy/policy.yaml", report, reference));
    }

    /** Renders through the XHTML5 sink the site uses and parses the result. */
    static Document page(java.util.function.Function<Xhtml5BaseSink, FindingsReportRenderer> renderer) {
        StringWriter html = new StringWriter();
        renderer.apply(new Xhtml5BaseSink(html)).render();
        return Jsoup.parse(html.toString());
    }

    /** The section whose heading is {@code title}. */
    static Element section(Document page, String title) {
        Element heading = page.select("h2, h3").stream().filter(h -> h.text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + title + " in " + page.select("h1, h2, h3")));
        return heading.parent();
    }

    static Element table(Document page, String section) {
        Element table = section(page, section).selectFirst("table");
        assertThat(table).as("table of %s", section).isNotNull();
        return table;
    }

    static List<String> headers(Element table) {
        return table.select("th").eachText();
    }

    static List<List<String>> rows(Element table) {
        return table.select("tr:has(td)").stream().map(row -> row.select("td").eachText()).toList();
    }

    private static Location at(int line, int column) {
        return new Location("src/policy/policy.yaml", line, column);
    }

    private static RuleInfo rule(String id) {
        return Rules.infos().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
