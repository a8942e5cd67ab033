package io.github.policyc.check.internal;

import io.github.policyc.check.Finding;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppressions written in the sources: {@code # policyc:ignore PC303 reason} in YAML, or
 * {@code <!-- policyc:ignore PC303 reason -->} in Markdown. A comment at the end of a line silences
 * the named rules on that line; a comment alone on its line silences them on the next line and on the
 * lines indented below it, so that it covers a whole YAML value, block scalars included (whose lines
 * cannot hold comments); {@code policyc:ignore-file} silences them in the whole file. The reason is required: it is what a
 * reviewer reads, and it is shown in every report.
 */
public final class Suppressions {

    /** A suppression that gives no reason does not count, and is itself an error. */
    public static final RuleInfo WITHOUT_REASON = new RuleInfo("PC001", "suppression-without-reason", Severity.ERROR,
            "0.1.0", "A suppression comment gives no reason.",
            "A finding may be silenced with `# policyc:ignore PC303 reason` (YAML) or `<!-- policyc:ignore PC303"
                    + " reason -->` (Markdown), but only with a reason a reviewer can judge. A suppression without"
                    + " one silences nothing until a reason is written after the rule ids.");

    /** A suppression that silences nothing is stale, and hides nothing but clutter. */
    public static final RuleInfo UNUSED = new RuleInfo("PC002", "unused-suppression", Severity.WARNING, "0.1.0",
            "A suppression comment silences no finding.",
            "The finding the suppression was written for is gone, or the rule id or place is wrong. Remove the"
                    + " comment, or move it to the line of the finding it is meant for.");

    private static final Pattern COMMENT = Pattern.compile(
            "(#|<!--)\\s*policyc:(ignore|ignore-file)\\b\\s*((?:PC\\d{3}[\\s,]*)+)(.*?)\\s*(-->)?\\s*$");

    /** A suppression of {@code rules} on lines {@code first} to {@code last}, 1-based and inclusive. */
    private record Suppression(Location at, boolean wholeFile, int first, int last, List<String> rules,
                               String reason) {
    }

    private final List<Suppression> suppressions;

    private Suppressions(List<Suppression> suppressions) {
        this.suppressions = suppressions;
    }

    /** Reads the suppressions in every source file. */
    public static Suppressions parse(Map<String, String> sources) {
        List<Suppression> found = new ArrayList<>();
        sources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(source -> {
            String[] lines = source.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].contains("policyc:ignore")) {
                    continue;
                }
                Matcher m = COMMENT.matcher(lines[i]);
                if (!m.find()) {
                    continue;
                }
                boolean alone = lines[i].substring(0, m.start()).isBlank();
                List<String> rules = Arrays.stream(m.group(3).split("[\\s,]+")).filter(r -> !r.isEmpty()).toList();
                // The reason runs to the end of the comment; a further " #" starts another comment.
                String reason = m.group(4).replaceFirst("(^|\\s)#.*$", "").replaceFirst("^[-—:\\s]+", "").strip();
                int first = alone ? i + 2 : i + 1;
                found.add(new Suppression(new Location(source.getKey(), i + 1, m.start() + 1),
                        m.group(2).equals("ignore-file"), first, alone ? lastIndentedBelow(lines, first) : first,
                        rules, reason));
            }
        });
        return new Suppressions(found);
    }

    /**
     * Marks the findings the suppressions silence, and adds a finding for each suppression that has no
     * reason or silences nothing.
     */
    public List<Finding> apply(List<Finding> findings) {
        boolean[] used = new boolean[suppressions.size()];
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding marked = finding;
            for (int i = 0; i < suppressions.size(); i++) {
                Suppression s = suppressions.get(i);
                if (!s.reason().isEmpty() && covers(s, finding)) {
                    used[i] = true;
                    marked = finding.suppressedBecause(s.reason());
                    break;
                }
            }
            result.add(marked);
        }
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            if (s.reason().isEmpty()) {
                result.add(new Finding(WITHOUT_REASON, s.at(), List.of(), "suppression of "
                        + String.join(", ", s.rules()) + " gives no reason",
                        "write why after the rule ids, e.g. 'policyc:ignore " + s.rules().get(0)
                                + " the recruitment policy is internal'", null));
            } else if (!used[i]) {
                result.add(new Finding(UNUSED, s.at(), List.of(), "suppression of " + String.join(", ", s.rules())
                        + " silences no finding", "remove it, or put it on the line of the finding", null));
            }
        }
        return result;
    }

    private static boolean covers(Suppression s, Finding finding) {
        Location at = finding.at();
        return s.rules().contains(finding.rule().id()) && at.file().equals(s.at().file())
                && (s.wholeFile() || at.line() >= s.first() && at.line() <= s.last());
    }

    /** The last line of the entry that starts on line {@code first}: the lines below it indented deeper. */
    private static int lastIndentedBelow(String[] lines, int first) {
        if (first > lines.length) {
            return first;
        }
        int indent = indent(lines[first - 1]);
        int last = first;
        for (int line = first + 1; line <= lines.length; line++) {
            String text = lines[line - 1];
            if (text.isBlank()) {
                continue;
            }
            if (indent(text) <= indent) {
                break;
            }
            last = line;
        }
        return last;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
