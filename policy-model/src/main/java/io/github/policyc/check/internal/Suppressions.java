package io.github.policyc.check.internal;

import io.github.policyc.check.Finding;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Location;
import java.util.ArrayList;
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

    /**
     * The start of a suppression; the rule ids and the reason after it are read in code. (A pattern that
     * read them too, {@code ((?:PC\d{3}[\s,]*)+)(.*?)\s*(-->)?\s*$}, recursed once per id, which
     * overflowed the stack on a few thousand, and took cubic time on a long run of spaces in the reason.)
     */
    private static final Pattern COMMENT = Pattern.compile("(#|<!--)\\s*policyc:(ignore-file|ignore)\\b");

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
                List<String> rules = List.of();
                while (rules.isEmpty() && m.find()) {
                    rules = new ArrayList<>();
                    int end = ruleIds(lines[i], m.end(), rules);
                    if (!rules.isEmpty()) {
                        boolean alone = lines[i].substring(0, m.start()).isBlank();
                        int first = alone ? i + 2 : i + 1;
                        found.add(new Suppression(new Location(source.getKey(), i + 1, m.start() + 1),
                                m.group(2).equals("ignore-file"), first, alone ? lastIndentedBelow(lines, first) : first,
                                List.copyOf(rules), reason(lines[i].substring(end))));
                    }
                }
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

    /**
     * Reads the rule ids from {@code from} on: {@code PC} and three digits each, separated by white space
     * or commas, white space before the first.
     *
     * @return where the text after the ids (and the separators after the last) starts
     */
    private static int ruleIds(String line, int from, List<String> rules) {
        int i = skip(line, from, false);
        while (line.startsWith("PC", i) && i + 5 <= line.length() && isDigit(line.charAt(i + 2))
                && isDigit(line.charAt(i + 3)) && isDigit(line.charAt(i + 4))) {
            rules.add(line.substring(i, i + 5));
            i = skip(line, i + 5, true);
        }
        return rules.isEmpty() ? from : i;
    }

    /** Skips white space, and commas when asked. */
    private static int skip(String line, int from, boolean commas) {
        int i = from;
        while (i < line.length() && (isSpace(line.charAt(i)) || commas && line.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** White space as a pattern's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The reason: the rest of the comment, without the {@code -->} that closes a Markdown comment. A
     * further " #" starts another comment, which is not part of it; dashes and colons before it are not.
     */
    private static String reason(String rest) {
        String reason = rest.stripTrailing();
        if (reason.endsWith("-->")) {
            reason = reason.substring(0, reason.length() - 3);
        }
        for (int i = 0; i < reason.length(); i++) {
            if (reason.charAt(i) == '#' && (i == 0 || isSpace(reason.charAt(i - 1)))) {
                reason = reason.substring(0, i);
                break;
            }
        }
        int start = 0;
        while (start < reason.length() && (isSpace(reason.charAt(start)) || reason.charAt(start) == '-'
                || reason.charAt(start) == '—' || reason.charAt(start) == ':')) {
            start++;
        }
        return reason.substring(start).strip();
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
