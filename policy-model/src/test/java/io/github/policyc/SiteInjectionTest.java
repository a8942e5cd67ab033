package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.internal.WebAddresses;
import io.github.policyc.publish.Site;
import io.github.policyc.testing.HostileModel;
import io.github.policyc.testing.Models;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in every field of the model, and every file of the site it builds — whatever files the
 * site has now or gains later, by their extension — shows it only as text: no script, no event handler,
 * no {@code javascript:} or {@code data:} address, no element and no template code from the model.
 */
class SiteInjectionTest {

    /** Evaluated, {@code ${6*1111111}} would print this; it must appear nowhere. */
    private static final String EVALUATED = "6666666";

    static final String PAYLOAD = "<script>alert(1)</script>\" onmouseover=\"x ' onfocus='y javascript:alert(1) ${7*7}"
            + " ${6*1111111} <#assign x=1> ]]> </script> \u2028 <img src=x onerror=alert(1)> {{contact k}} end";

    private static final String PROSE = """
            <script>alert(1)</script>

            <div onclick="alert(1)">raw html block</div> <!-- comment --> <![CDATA[ x ]]>

            [a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](JaVaScRiPt&#58;alert(1))
            [d](vbscript:msgbox) ![e](javascript:alert(1)) <a href="javascript:alert(1)">f</a> <javascript:alert(1)>
            ${7*7} ${6*1111111} <#assign y=2> </script> \u2028 [g]: javascript:alert(1)
            """ + PAYLOAD + "\n";

    @TempDir
    static Path dir;

    private static Site site;

    /** Version 1 released, version 2 current with other hostile text: every page, the change log included. */
    @BeforeAll
    static void buildTheSite() throws Exception {
        Path older = Models.write(dir.resolve("older"), HostileModel.yaml(PAYLOAD, PROSE, "1"));
        Path history = dir.resolve("model/history");
        Models.write(history, "1.json", PolicyCompiler.create().compile(older).text("policy.json"));
        Path model = Models.write(dir.resolve("model"), HostileModel.yaml(PAYLOAD + " 2", PROSE + "\n" + PAYLOAD, "2"));
        site = PolicyCompiler.create().compile(model, history);
    }

    @Test
    void everyWebAddressOfTheModelRefusesJavascript() {
        Path model = Models.write(dir.resolve("urls"), HostileModel.yaml("x", "y", "1", "javascript:alert(1)"));

        assertThatThrownBy(() -> PolicyCompiler.create().compile(model))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.message()).containsAnyOf(WebAddresses.KEYS.stream()
                                .map(key -> "'" + key + "' must be a web address").toArray(String[]::new))));
    }

    @Test
    void theSiteHasEveryKindOfPage() {
        assertThat(site.files()).containsKeys("privacy-policy.html", "cookie-policy.html", "versions/index.html",
                "versions/1/privacy-policy.html", "versions/2/cookie-policy.html", "changes.html", "changes.json",
                "feed.json", "policy.json", "tilt.json");
        assertThat(site.text("changes.html")).as("the change log shows hostile wording").contains("alert(1)");
    }

    @Test
    void everyFileOfTheSiteShowsModelTextOnlyAsText() throws Exception {
        List<String> unchecked = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            String path = file.getKey();
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(path + ": no template code evaluated").doesNotContain(EVALUATED);
            switch (extension(path)) {
                case "html" -> checkHtml(path, Jsoup.parse(text));
                case "svg", "xml" -> checkXml(path, Jsoup.parse(text, Parser.xmlParser()));
                case "json" -> checkJson(path, text);
                case "js" -> checkScript(path, text);
                case "css" -> assertThat(text).as(path).doesNotContain("alert(", "onmouseover");
                default -> unchecked.add(path);
            }
        }
        assertThat(unchecked).as("files of a kind this test has no rule for: add one").isEmpty();
    }

    @Test
    void theHostileTextIsShownAsWrittenAndJsonKeepsItVerbatim() throws Exception {
        Document privacy = Jsoup.parse(site.text("privacy-policy.html"));
        assertThat(privacy.select("h1").first().wholeText()).isEqualTo(PAYLOAD + " 2");
        assertThat(privacy.body().text()).contains("${7*7}", "<#assign x=1>", "]]>", "</script>");

        for (String path : List.of("policy.json", "versions/1/policy.json", "versions/2/policy.json")) {
            JsonNode json = new ObjectMapper().readTree(site.text(path));
            String payload = path.contains("/1/") ? PAYLOAD : PAYLOAD + " 2";
            assertThat(json.at("/policy/title").asText()).as(path).isEqualTo(payload);
            assertThat(json.at("/controller/website").asText()).as(path).isEqualTo(HostileModel.WEB_ADDRESS + payload);
            assertThat(json.at("/purposes/k/description").asText()).as(path).startsWith(PROSE);
        }
    }

    private static void checkHtml(String path, Document document) {
        checkMarkup(path, document);
        for (Element script : document.select("script")) {
            String src = script.attr("src");
            if (!src.isEmpty()) {
                assertThat(src).as(path + ": the site's own scripts only").matches("(\\.\\./)*assets/[A-Za-z0-9._-]+\\.js");
            } else if (script.attr("type").matches("application/(ld\\+)?json")) {
                // A data block may carry model text, as JSON whose '<' is escaped, so it cannot end the element.
                assertThat(script.data()).as(path + ": JSON in a page").doesNotContain("<", "\u2028", "\u2029");
            } else {
                // Code inline is the site's own configuration, never model text.
                assertThat(script.data()).as(path + ": inline script").doesNotContain("alert(", "onmouseover");
            }
        }
        for (Element link : document.select("link[rel=stylesheet], img[src], iframe, object, embed, base, form")) {
            String address = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertThat(link.tagName()).as(path + ": no element of these kinds but local stylesheets")
                    .isIn("link");
            assertThat(address).as(path + ": no external requests").doesNotContain("://").doesNotStartWith("//");
        }
        assertThat(document.select("img")).as(path + ": no image from model text").isEmpty();
    }

    /** What holds for HTML, SVG and XML alike: no event handler, no script address, no script outside the site's own. */
    private static void checkMarkup(String path, Document document) {
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(path + ": <" + element.tagName() + "> attribute").doesNotStartWith("on");
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (name.endsWith("href") || name.equals("src") || name.equals("action") || name.equals("formaction")
                        || name.equals("srcset") || name.equals("data") || name.equals("poster")) {
                    assertThat(value).as(path + ": <" + element.tagName() + " " + name + ">")
                            .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
            }
        }
    }

    private static void checkXml(String path, Document document) {
        checkMarkup(path, document);
        assertThat(document.select("script, foreignObject")).as(path + ": no script in SVG or XML").isEmpty();
    }

    /** JSON parses; model text in it is the text itself, not HTML-escaped or cut. */
    private static void checkJson(String path, String text) throws IOException {
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json).as(path).isNotNull();
        List<String> strings = new ArrayList<>();
        collectStrings(json, strings);
        for (String value : strings) {
            if (value.contains("onmouseover")) {
                assertThat(value).as(path + ": hostile text unescaped in JSON").contains("\" onmouseover=\"x")
                        .doesNotContain("&lt;", "&quot;");
            }
        }
    }

    /** A script may hold model text only inside JSON strings, with {@code <} escaped, so it cannot end a script element. */
    private static void checkScript(String path, String text) {
        assertThat(text).as(path).doesNotContainIgnoringCase("</script").doesNotContain("<script>alert", "\u2028",
                "\u2029");
        if (text.contains("alert(1)")) {
            assertThat(text).as(path + ": model text as JSON string content").contains("\\u003c");
        }
    }

    private static void collectStrings(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, strings));
        node.fieldNames().forEachRemaining(strings::add);
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Test
    void theRulesOfThisTestCatchWhatTheyAreFor() {
        assertThatThrownBy(() -> checkHtml("bad.html", Jsoup.parse("<p onclick=x>a</p>")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkHtml("bad.html", Jsoup.parse("<a href=' JavaScript:alert(1)'>a</a>")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkHtml("bad.html", Jsoup.parse("<script>alert(1)</script>")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkHtml("bad.html", Jsoup.parse("<img src=x>"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkScript("bad.js", "var c = {\"t\": \"</script><script>alert(1)\"};"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkXml("bad.svg", Jsoup.parse("<svg><a xlink:href='javascript:x'/></svg>",
                Parser.xmlParser()))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkJson("bad.json", "{\"t\": \"&lt;b&gt;\\\" onmouseover=&quot;\"}"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkHtml("bad.html", Jsoup.parse("<script type=application/json>{\"t\":"
                + " \"<b>\"}</script>"))).isInstanceOf(AssertionError.class);
        checkHtml("good.html", Jsoup.parse("<script src='../assets/x.js'></script><p>&lt;script&gt;</p>"
                + "<script type=application/json>{\"t\": \"\\u003cscript>alert(1)\"}</script>"));
    }
}
