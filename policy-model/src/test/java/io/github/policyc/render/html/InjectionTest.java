package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyc.PolicyCompiler;
import io.github.policyc.diff.Change;
import io.github.policyc.diff.ChangeDetector;
import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.VersionChanges;
import io.github.policyc.load.ModelException;
import io.github.policyc.publish.Site;
import io.github.policyc.testing.HostileModel;
import io.github.policyc.testing.Models;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

        List<String> pages = site.files().keySet().stream().filter(path -> path.endsWith(".html")).toList();
        assertThat(pages).contains("privacy-policy.html", "cookie-policy.html", "versions/1/privacy-policy.html",
                "versions/index.html", "changes.html");
        for (String page : pages) {
            String html = site.text(page);
            Document document = Jsoup.parse(html);

            assertThat(html).as(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<div onclick");
            // ${7*7} stays text. Content hashes are hex, and may well contain "49": leave them out.
            Document withoutHashes = document.clone();
            withoutHashes.select("table.versions-table td > code").remove();
            assertThat(withoutHashes.html()).as(page).doesNotContain("49");
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
        var json = new ObjectMapper().readTree(site.files().get("policy.json"));

        assertThat(json.at("/policy/title").asText()).isEqualTo(TEXT);
        assertThat(json.at("/purposes/k/description").asText()).isEqualTo(MARKDOWN);
    }

    @Test
    void aChangeLogOfHostileTextShowsItAsText() throws Exception {
        Path older = Models.write(dir.resolve("older"), HostileModel.yaml(TEXT, MARKDOWN, "1"));
        Path history = dir.resolve("model/history");
        Models.write(history, "1.json", PolicyCompiler.create().compile(older).text("policy.json"));
        Path model = Models.write(dir.resolve("model"), HostileModel.yaml(TEXT, MARKDOWN, "2"));
        ChangeDetector hostile = (a, b) -> new VersionChanges("1", "2",
                List.of(new Change(Change.Kind.PURPOSE_ADDED, TEXT, TEXT, true)),
                List.of(new TextChange(TEXT, List.of(new TextChange.Line(TextChange.Line.Type.REMOVED, TEXT),
                        new TextChange.Line(TextChange.Line.Type.ADDED, MARKDOWN)))));

        Site site = PolicyCompiler.create().withChangeDetector(hostile).compile(model, history);

        String html = site.text("changes.html");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img").doesNotContain("49");
        Document changes = Jsoup.parse(html);
        assertThat(changes.select("script, img")).isEmpty();
        assertThat(changes.select("#v2 ul.changes li").text()).contains(TEXT);
        assertThat(changes.select("#v2 ul.diff del").text()).isEqualTo("Removed: " + TEXT);
        assertThat(site.text("feed.json")).contains("alert(1)");
        assertThat(new ObjectMapper().readTree(site.text("feed.json")).at("/items/0/content_text").asText())
                .contains(TEXT);
    }

    /** A version names a directory of the site: one that could leave it, or hold markup, is refused. */
    @Test
    void aHostileVersionIsRefusedWhereItIsWritten() {
        Path model = Models.write(dir, HostileModel.yaml(TEXT, MARKDOWN, "../../" + TEXT));

        assertThatThrownBy(() -> PolicyCompiler.create().compile(model))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("version '../../<script>")
                                .contains("cannot name a released file or a page address")));
    }

    private Site compileHostile() throws Exception {
        Path model = Models.write(dir, HostileModel.yaml(TEXT, MARKDOWN, "1"));
        return PolicyCompiler.create().compile(model);
    }

}
