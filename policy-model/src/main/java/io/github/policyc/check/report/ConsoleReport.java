package io.github.policyc.check.report;

import io.github.policyc.check.Finding;
import io.github.policyc.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings as lines for a terminal or build log:
 * {@code path:line:col: severity PC101 duplicate-section: message (hint)}, each further place of a
 * group on its own line beneath, and the reason of a suppressed finding.
 *
 * @since 0.1.0
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** The lines for one finding. */
    public static List<String> lines(Finding finding) {
        List<String> lines = new ArrayList<>();
        lines.add(finding.toString() + (finding.isSuppressed() ? " [suppressed: " + finding.suppression() + "]" : ""));
        for (Location related : finding.related()) {
            lines.add("    also at " + related);
        }
        return lines;
    }
}
