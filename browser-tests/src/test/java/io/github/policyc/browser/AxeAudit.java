package io.github.policyc.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules run on the page a browser shows. axe comes inside the
 * {@code com.deque.html.axe-core:selenium} jar and is injected into the page: nothing is fetched.
 *
 * @param url        the page
 * @param violations the rules the page breaks, each with the elements that break it
 * @param passes     how many rules found elements to check and passed
 * @param incomplete the rules axe could not decide and a person should review, such as contrast over
 *                   a background image: listed, never failed on
 */
record AxeAudit(String url, List<Rule> violations, int passes, List<Rule> incomplete) {

    /** WCAG 2.0 and 2.1, levels A and AA: what UK and EU accessibility law asks of public sites. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Enough elements to see the pattern; a rule broken by a template is broken hundreds of times. */
    private static final int NODES_SHOWN = 10;

    AxeAudit {
        violations = List.copyOf(violations);
        incomplete = List.copyOf(incomplete);
    }

    /** Audits the page {@code driver} shows now. */
    static AxeAudit of(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return new AxeAudit(results.getUrl(), results.getViolations(), results.getPasses().size(), results.getIncomplete());
    }

    /** The ids of the rules the page breaks. */
    List<String> violatedRules() {
        return violations.stream().map(Rule::getId).toList();
    }

    /** The violations as a reader fixing them needs them: rule, impact, what to do, and where. */
    String describeViolations() {
        return describe(violations);
    }

    /** The undecided rules, in the same form. */
    String describeIncomplete() {
        return describe(incomplete);
    }

    private String describe(List<Rule> rules) {
        return rules.stream().map(AxeAudit::describe).collect(Collectors.joining("\n", url + ":\n", ""));
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("  ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                .append(rule.getHelp()).append(" <").append(rule.getHelpUrl()).append(">");
        List<CheckedNode> nodes = rule.getNodes();
        for (CheckedNode node : nodes.subList(0, Math.min(nodes.size(), NODES_SHOWN))) {
            text.append("\n    at ").append(node.getTarget()).append(": ").append(oneLine(node.getHtml()));
            if (node.getFailureSummary() != null) {
                text.append("\n       ").append(oneLine(node.getFailureSummary()));
            }
        }
        if (nodes.size() > NODES_SHOWN) {
            text.append("\n    … and ").append(nodes.size() - NODES_SHOWN).append(" more elements");
        }
        return text.toString();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
