package io.github.policyc.check.internal;

import io.github.policyc.model.Retention;

/** What a purpose's retention says, as several rules read it. */
public final class Retentions {

    private Retentions() {
    }

    /**
     * Whether a retention says anything: a period, a trigger or a description. {@code retention: {}}
     * is written but says nothing, so it counts as missing.
     */
    public static boolean isStated(Retention retention) {
        return retention != null && (retention.period() != null
                || retention.trigger() != null && !retention.trigger().isBlank()
                || retention.description() != null && !retention.description().isBlank());
    }
}
