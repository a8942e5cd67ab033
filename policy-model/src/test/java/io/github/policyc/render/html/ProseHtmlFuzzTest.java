package io.github.policyc.render.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.testing.Models;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzzes Markdown prose, directives included, through the renderer the pages use. The invariant: the HTML
 * has no {@code <script}, no event-handler attribute and no {@code javascript:}, {@code vbscript:} or
 * {@code data:} address, whatever the text; and rendering throws nothing.
 *
 * <p>{@code mvn test} runs the inputs in {@code ProseHtmlFuzzTestInputs/} as regression tests.
 */
class ProseHtmlFuzzTest {

    private static final PolicyModel MODEL = Models.full();
    private static final Pattern SCRIPT = Pattern.compile("(?i)<\\s*script");
    private static final Pattern SCRIPT_ADDRESS = Pattern.compile("(?i)^(javascript|vbscript|data):");

    @FuzzTest(maxDuration = "5m")
    void markdownNeverBecomesScript(byte[] input) {
        // Raw bytes, not a String parameter: the corpus files are then plain Markdown anyone can read and add.
        String markdown = new String(input, StandardCharsets.UTF_8);
        String html = new PolicyHtml(MODEL, true, "../").section("fuzz", new Prose(markdown, Location.startOf("f.md"), 0));
        if (SCRIPT.matcher(html).find()) {
            throw new AssertionError("unescaped <script in: " + html);
        }
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "");
                if (name.startsWith("on")) {
                    throw new AssertionError("event handler attribute " + name + " in: " + html);
                }
                if ((name.equals("href") || name.equals("src")) && SCRIPT_ADDRESS.matcher(value).find()) {
                    throw new AssertionError("script address " + value + " in: " + html);
                }
            }
        }
    }
}
