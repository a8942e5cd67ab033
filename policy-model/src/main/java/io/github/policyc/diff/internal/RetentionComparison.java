package io.github.policyc.diff.internal;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.Change.Kind;
import io.github.policyc.model.IsoDuration;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Retention;
import java.util.Objects;
import java.util.Optional;

/**
 * How the retention of one purpose changed.
 *
 * <p>Periods counted from the same event are compared by {@link IsoDuration#approximateSeconds()}:
 * longer is material, shorter is not, and the same length written differently ({@code P24M},
 * {@code P2Y}) is no change. Every other change to the period or the event it counts from cannot be
 * ordered, and is material: policyc cannot show that data is not kept longer, and readers should not
 * find that out by chance. Retention no longer stated is material for the same reason; retention
 * stated where none was is not. A change to the criteria alone is not material while a period or an
 * event still bounds the retention, and is material when the criteria are all the retention says.
 */
final class RetentionComparison {

    private RetentionComparison() {
    }

    static Optional<Change> compare(Retention before, Retention after, String subject) {
        if (before == null && after == null) {
            return Optional.empty();
        }
        if (before == null) {
            return change(subject, "now says how long data is kept: " + Words.retention(after), false);
        }
        if (after == null) {
            return change(subject, "no longer says how long data is kept (was " + Words.retention(before) + ")", true);
        }
        IsoDuration was = before.period();
        IsoDuration is = after.period();
        boolean sameTrigger = Objects.equals(normalised(before.trigger()), normalised(after.trigger()));
        if (sameTrigger && was != null && is != null && was.approximateSeconds() != is.approximateSeconds()) {
            boolean longer = is.approximateSeconds() > was.approximateSeconds();
            String summary = "now keeps data for " + is.describe() + " instead of " + was.describe();
            return Optional.of(new Change(longer ? Kind.RETENTION_LONGER : Kind.RETENTION_SHORTER, subject, summary,
                    longer));
        }
        boolean samePeriod = was == null ? is == null : is != null && was.approximateSeconds() == is.approximateSeconds();
        if (!sameTrigger || !samePeriod) {
            return change(subject, "now keeps data " + Words.retention(after) + " instead of "
                    + Words.retention(before), true);
        }
        if (!Reading.same(text(before.description()), text(after.description()))) {
            boolean criteriaOnly = is == null && after.trigger() == null;
            return change(subject, "changed the criteria that decide how long data is kept", criteriaOnly);
        }
        return Optional.empty();
    }

    private static Optional<Change> change(String subject, String summary, boolean material) {
        return Optional.of(new Change(Kind.RETENTION_CHANGED, subject, summary, material));
    }

    private static String normalised(String trigger) {
        return trigger == null ? null : trigger.strip().replaceAll("\\s+", " ");
    }

    private static String text(Prose prose) {
        return prose == null ? "" : prose.text();
    }
}
