package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.Retentions;
import io.github.policyc.model.Purpose;

/** PC502: a purpose that does not say how long its data is kept (GDPR Art. 13(2)(a)). */
public final class MissingRetention implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC502", "missing-retention", Severity.ERROR, "0.1.0",
            "A purpose does not say how long its data is kept.",
            "Art. 13(2)(a) requires the period for which data is kept or, where no fixed period is possible, the"
                    + " criteria that decide it. Without it readers cannot tell whether their data is kept for a"
                    + " month or for ever. Give the purpose a retention: a period such as P6Y with the event it"
                    + " counts from (trigger), or a trigger such as \"until you withdraw your consent\", with the"
                    + " reasons in its description.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (Purpose purpose : context.model().purposes()) {
            if (!Retentions.isStated(purpose.retention())) {
                out.report(purpose.retention() != null ? purpose.retention().at() : purpose.at(),
                        "13(2)(a): purpose '" + purpose.id() + "' does not say how long its data is kept",
                        "add retention with a period (such as P6Y) and the event it counts from, or the criteria"
                                + " that decide it");
            }
        }
    }
}
