package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.publish.Site;
import io.github.policyc.testing.HostileModel;
import io.github.policyc.testing.Models;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model text is untrusted: no field of the model can put markup, script or template code into a page. */
class InjectionTest {

    private static final String TEXT = "<script>alert(1)</script>\" onmouseover=\"alert(2)\" '><img src=x onerror=alert(3)>"
            + " ${7*7} <#assign x=1> javascript:alert(4)";

    private static final String MARKDOWN = """
            <script>alert(5)</script>

            <div onclick="alert(6)">raw html block</div>

            [click](javascript:alert(7)) [data](data:text/html;base64,PHNjcmlwdD4=) ![i](javascript:alert(8))
            <a href="javascript:alert(9)">inline html</a> ${7*7} <#assign y=2>
            """;

    @TempDir
    Path dir;

    @Test
    void noTextFieldOfTheModelReachesAPageAsMarkup() throws Exception {
        Site site = compileHostile();

        for (String page : new String[] {"privacy-policy.html", "cookie-policy.html"}) {
            String html = site.text(page);
            Document document = Jsoup.parse(html);

            assertThat(html).as(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<div onclick").doesNotContain("49");
            assertThat(document.select("script, img, iframe, object, embed")).as(page).isEmpty();
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(page + " " + element.tagName()).doesNotStartWith("on");
                    String value = attribute.getValue().strip().toLowerCase();
                    assertThat(value).as(page + " " + element.tagName() + "@" + attribute.getKey())
                            .doesNotStartWith("javascript:").doesNotStartWith("data:");
                }
            }
        }
    }

    @Test
    void theHostileTextIsShownAsText() throws Exception {
        Site site = compileHostile();
        Document privacy = Jsoup.parse(site.text("privacy-policy.html"));

        assertThat(privacy.title()).startsWith(TEXT);
        assertThat(privacy.select("h1").text()).isEqualTo(TEXT);
        assertThat(privacy.body().text()).contains("<script>alert(5)</script>", "${7*7}", "<#assign y=2>");
    }

    @Test
    void everyTableAndBlockRenderedTheHostileModel() throws Exception {
        Document privacy = Jsoup.parse(compileHostile().text("privacy-policy.html"));

        assertThat(privacy.select("table caption").eachText()).contains("Why we use personal data",
                "Personal data we hold", "Whose personal data we hold", "Who receives personal data",
                "International transfers", "Your rights", "How to contact us", "Cookies");
        assertThat(privacy.select("section.purpose, section.right")).isNotEmpty();
    }

    @Test
    void theJsonCarriesTheTextUnchangedAndValid() throws Exception {
        Site site = compileHostile();
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.files().get("policy.json"));

        assertThat(json.at("/policy/title").asText()).isEqualTo(TEXT);
        assertThat(json.at("/purposes/k/description").asText()).isEqualTo(MARKDOWN);
    }

    private Site compileHostile() throws Exception {
        Path model = Models.write(dir, HostileModel.yaml(TEXT, MARKDOWN));
        return PolicyCompiler.create().compile(model);
    }

}
