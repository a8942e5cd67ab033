package io.github.policyc.check;

import java.util.List;

/**
 * The findings of one check, in reading order (file, line, column, rule id), suppressed ones included.
 *
 * @param findings every finding
 * @since 0.1.0
 */
public record CheckReport(List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** The findings that are not suppressed. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.isSuppressed()).toList();
    }

    /** How many findings of a severity are not suppressed. */
    public long count(Severity severity) {
        return active().stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding that is not suppressed is at least as serious as {@code failOn}. */
    public boolean failsAt(Severity failOn) {
        return active().stream().anyMatch(f -> f.severity().isAtLeast(failOn));
    }

    /** "2 errors, 1 warning, 0 infos (1 suppressed)". */
    public String summary() {
        long suppressed = findings.size() - active().size();
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + plural(count(Severity.INFO), "info") + (suppressed == 0 ? "" : " (" + suppressed + " suppressed)");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
