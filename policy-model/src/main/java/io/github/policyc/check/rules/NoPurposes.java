package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;

/** PC603: a policy that states no purposes of processing (GDPR Art. 13(1)(c)). */
public final class NoPurposes implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC603", "purposes-stated", Severity.ERROR, "0.1.0",
            "The policy states no purposes of processing.",
            "Art. 13(1)(c) requires the purposes for which personal data is processed, each with its lawful"
                    + " basis. Purposes written only in prose cannot be checked for a lawful basis, a retention"
                    + " period or recipients, nor listed in the generated tables. Declare each purpose under"
                    + " purposes.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        if (context.model().purposes().isEmpty()) {
            out.report(context.modelStart(), "13(1)(c): the policy states no purposes of processing",
                    "declare each purpose under purposes, with its lawful basis");
        }
    }
}
