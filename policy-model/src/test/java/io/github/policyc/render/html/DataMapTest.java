package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data map, {@code {{datamap}}}: its layout, its escaping and its text equivalent. */
class DataMapTest {

    @TempDir
    Path dir;

    private static final String MODEL = Models.MINIMAL + """
            dataSubjects:
              customers: { label: Customers }
              staff: { label: Staff }
              visitors: { label: Visitors nobody processes }
            dataCategories:
              name: { label: Name }
              email: { label: Email address }
              payroll: { label: Bank details for paying salaries and expenses claims }
            purposes:
              orders:
                title: Processing orders
                subjects: [customers]
                categories: [name, email]
                recipients: [courier, mailer]
              newsletter:
                title: Our newsletter
                subjects: [customers]
                categories: [email]
                recipients: [mailer]
              pay:
                title: Paying our staff
                subjects: [staff]
                categories: [name, payroll]
            recipients:
              courier: { name: Our courier, role: processor, countries: [GB] }
              mailer: { name: Mailing service, role: processor, countries: [US, IN] }
            sections:
              - id: map
                title: Where your data goes
                body: |
                  Before the map.

                  {{datamap}}

                  After the map.
            """;

    @Test
    void everyPurposeHasOneBoxInModelOrderAndOnlyUsedPartsAppear() {
        DataMapLayout.Layout layout = DataMapLayout.of(Models.load(dir, MODEL));

        assertThat(layout.column(DataMapLayout.Column.PURPOSES)).extracting(DataMapLayout.Box::id)
                .containsExactly("orders", "newsletter", "pay");
        assertThat(layout.column(DataMapLayout.Column.SUBJECTS)).extracting(DataMapLayout.Box::id)
                .containsExactly("customers", "staff");
        assertThat(layout.column(DataMapLayout.Column.CATEGORIES)).extracting(DataMapLayout.Box::id)
                .containsExactly("name", "email", "payroll");
        assertThat(layout.column(DataMapLayout.Column.RECIPIENTS)).extracting(DataMapLayout.Box::id)
                .containsExactly("courier", "mailer");
    }

    @Test
    void linesJoinNeighbouringColumnsWhereAPurposeJoinsThem() {
        DataMapLayout.Layout layout = DataMapLayout.of(Models.load(dir, MODEL));

        assertThat(layout.flows()).extracting(f -> f.from().id() + "->" + f.to().id()).containsExactly(
                "customers->name", "customers->email", "staff->name", "staff->payroll",
                "name->orders", "name->pay", "email->orders", "email->newsletter", "payroll->pay",
                "orders->courier", "orders->mailer", "newsletter->mailer");
        assertThat(layout.flows()).allSatisfy(flow ->
                assertThat(flow.to().column().ordinal()).isEqualTo(flow.from().column().ordinal() + 1));
    }

    @Test
    void noBoxesOverlapAndAllFitInTheMap() {
        for (PolicyModel model : List.of(Models.load(dir, MODEL), Models.full())) {
            DataMapLayout.Layout layout = DataMapLayout.of(model);
            List<DataMapLayout.Box> boxes = layout.boxes();

            for (int i = 0; i < boxes.size(); i++) {
                DataMapLayout.Box box = boxes.get(i);
                assertThat(box.x()).isNotNegative();
                assertThat(box.right()).isLessThanOrEqualTo(layout.width());
                assertThat(box.bottom()).isLessThanOrEqualTo(layout.height());
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(box.overlaps(boxes.get(j))).as("%s and %s", box.id(), boxes.get(j).id()).isFalse();
                }
            }
        }
    }

    @Test
    void theLayoutIsTheSameEveryTime() {
        PolicyModel model = Models.load(dir, MODEL);

        assertThat(DataMapLayout.of(model)).isEqualTo(DataMapLayout.of(Models.load(dir.resolve("again"), MODEL)));
        assertThat(HtmlPages.privacyPolicy(model)).isEqualTo(HtmlPages.privacyPolicy(model));
    }

    @Test
    void longLabelsWrapInsideTheirBoxes() {
        assertThat(DataMapLayout.wrap("Bank details for paying salaries and expenses claims"))
                .containsExactly("Bank details for paying", "salaries and expenses", "claims");
        assertThat(DataMapLayout.wrap("Supercalifragilisticexpialidocious-and-more"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(DataMapLayout.LINE_CHARACTERS));
        DataMapLayout.Box payroll = DataMapLayout.of(Models.load(dir, MODEL)).column(DataMapLayout.Column.CATEGORIES).get(2);
        assertThat(payroll.height()).isEqualTo(2 * DataMapLayout.PADDING + 3 * DataMapLayout.LINE_HEIGHT);
    }

    @Test
    void theMapIsAnAccessiblePictureWhereTheAuthorPutsIt() {
        Document page = Jsoup.parse(HtmlPages.privacyPolicy(Models.load(dir, MODEL)));
        Element svg = page.selectFirst("#map figure.datamap svg");

        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("datamap-title");
        assertThat(page.getElementById("datamap-title").tagName()).isEqualTo("title");
        assertThat(page.getElementById("datamap-desc").text()).contains("(2)", "(3)");
        assertThat(svg.select("script, a, foreignObject, image")).isEmpty();
        assertThat(svg.select("g.box.purposes")).hasSize(3);
        assertThat(svg.select("path.flow")).hasSize(12);
        // Between the paragraphs the author wrote around it, and the text equivalent right after it.
        assertThat(page.select("#map > *").eachAttr("class")).containsSubsequence("datamap", "datamap-text");
        assertThat(page.select("#map > p").first().text()).isEqualTo("Before the map.");
        assertThat(page.select("#map > p").last().text()).isEqualTo("After the map.");
        Element scroll = page.selectFirst(".datamap-scroll");
        assertThat(scroll.attr("tabindex")).isEqualTo("0");
        assertThat(scroll.attr("role")).isEqualTo("region");
    }

    @Test
    void theTextEquivalentSaysForEachPurposeWhoseDataWhichDataAndWhoReceivesItWhere() {
        PolicyModel model = Models.load(dir, MODEL);
        Document page = Jsoup.parse(HtmlPages.privacyPolicy(model));

        List<Element> purposes = page.select(".datamap-text > ul > li");
        assertThat(purposes).extracting(li -> li.selectFirst("strong").text())
                .containsExactlyElementsOf(model.purposes().stream().map(Purpose::title).toList());
        assertThat(purposes.get(0).select("ul > li").eachText()).containsExactly(
                "Whose data: Customers", "Which data: Name and Email address",
                "Who receives it, and where: Our courier (United Kingdom); Mailing service (United States and India)");
        assertThat(purposes.get(2).select("ul > li").eachText()).contains("Who receives it, and where: No one outside Test Ltd");
    }

    @Test
    void theMapIsOnlyWhereTheAuthorAsksForIt() {
        PolicyModel model = Models.load(dir, MODEL.replace("{{datamap}}", "No map here."));

        assertThat(HtmlPages.privacyPolicy(model)).doesNotContain("<svg", "datamap");
    }

    @Test
    void hostileTextInTheMapIsEscaped() {
        String hostile = "'<script>alert(1)</script> ]]> \" & <!-- x'";
        PolicyModel model = Models.load(dir, MODEL
                .replace("{ label: Customers }", "{ label: " + hostile + " }")
                .replace("title: Processing orders", "title: " + hostile)
                .replace("name: Our courier", "name: " + hostile));

        String html = HtmlPages.privacyPolicy(model);

        assertThat(html).doesNotContain("<script", "]]>", "<!-- x");
        Element svg = Jsoup.parse(html).selectFirst("svg");
        String expected = "<script>alert(1)</script> ]]> \" & <!-- x";
        assertThat(String.join(" ", svg.select("g.box.subjects").first().select("tspan").eachText()).replace(" ", ""))
                .isEqualTo(expected.replace(" ", ""));
        assertThat(Jsoup.parse(html).select(".datamap-text").text()).contains(expected);
    }

    @Test
    void theMapCanBeOnAPageOnceAndOnlyInASectionsBody() {
        String twice = MODEL.replace("After the map.", "After the map.\n\n  {{datamap}}\n")
                .replace("      After the map.\n\n  {{datamap}}", "      After the map.\n\n      {{datamap}}");
        assertThat(Models.problems(dir, twice)).singleElement().asString()
                .matches("policy\\.yaml:\\d+:\\d+: '\\{\\{datamap}}' is already on this page, at line \\d+; .*");

        String inAPurpose = MODEL.replace("title: Our newsletter", "title: Our newsletter\n    description: '{{datamap}}'");
        assertThat(Models.problems(dir.resolve("purpose"), inAPurpose)).singleElement().asString()
                .contains("'{{datamap}}' can only be used in a section's body");
    }
}
