package io.github.policyc.check;

import io.github.policyc.model.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A defect one rule found: where, what is wrong and what would be right.
 *
 * @param rule        the rule that found it
 * @param at          where it is (for a group, the first place)
 * @param related     the other places of a group, such as the copies of a duplicated paragraph
 * @param message     what is wrong
 * @param hint        what would be right, or {@code null}
 * @param suppression the reason written in the suppression that silences it, or {@code null}
 * @since 0.1.0
 */
public record Finding(RuleInfo rule, Location at, List<Location> related, String message, String hint,
                      String suppression) {

    /**
     * The order of a report: by place in reading order, then rule and message, then the rest, so that
     * findings come out in the same order whatever order the rules found them in.
     */
    public static final Comparator<Finding> READING_ORDER = Comparator
            .comparing(Finding::at, Location.READING_ORDER)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message)
            .thenComparing(Finding::related, Finding::compareRelated)
            .thenComparing(f -> f.hint() == null ? "" : f.hint())
            .thenComparing(f -> f.suppression() == null ? "" : f.suppression());

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
        related = List.copyOf(related);
    }

    private static int compareRelated(List<Location> a, List<Location> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Location.READING_ORDER.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean isSuppressed() {
        return suppression != null;
    }

    /** This finding, silenced by a suppression with the given reason. */
    public Finding suppressedBecause(String reason) {
        return new Finding(rule, at, related, message, hint, reason);
    }

    /** This finding at other places, as when an imported document maps back to its original. */
    public Finding movedTo(Location at, List<Location> related) {
        return new Finding(rule, at, related, message, hint, suppression);
    }

    /**
     * {@code path:line:col: severity PC101 duplicate-section: message (hint)}, the form editors and
     * CI systems link.
     */
    @Override
    public String toString() {
        return at + ": " + severity().label() + " " + rule + ": " + message + (hint == null ? "" : " (" + hint + ")");
    }
}
