package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.AutomatedDecisions;

/** PC610: the policy does not say whether automated decisions are made (GDPR Art. 13(2)(f)). */
public final class AutomatedDecisionsNotStated implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC610", "automated-decisions-stated", Severity.ERROR,
            "0.1.0", "The policy does not say whether decisions are made by automated means, or how.",
            "Art. 13(2)(f) requires the policy to say whether decisions with legal or similarly significant"
                    + " effects are made solely by automated means, including profiling, and if so to give"
                    + " meaningful information about the logic involved and the consequences. Set"
                    + " automatedDecisions.used, and where it is true, describe the logic and consequences.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        AutomatedDecisions decisions = context.model().automatedDecisions();
        if (decisions == null) {
            out.report(context.modelStart(), "13(2)(f): the policy does not say whether decisions are made by"
                            + " automated means", "add automatedDecisions: {used: false} or describe the decisions made");
        } else if (Boolean.TRUE.equals(decisions.used())
                && (decisions.description() == null || decisions.description().isBlank())) {
            out.report(decisions.at(), "13(2)(f): automated decisions are made, but their logic and consequences"
                    + " are not explained", "describe the logic involved and what the decisions mean for people");
        }
    }
}
