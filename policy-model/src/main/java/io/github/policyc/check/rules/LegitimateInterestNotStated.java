package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.LawfulBasis;
import io.github.policyc.model.Purpose;

/** PC504: a purpose that relies on legitimate interests without saying what they are (GDPR Art. 13(1)(d)). */
public final class LegitimateInterestNotStated implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC504", "legitimate-interest-not-stated", Severity.ERROR,
            "0.1.0", "A purpose relies on legitimate interests but does not say what the interests are.",
            "Where processing rests on legitimate interests, Art. 13(1)(d) requires the policy to say which"
                    + " interests the controller or a third party pursues. \"We use the principle of legitimate"
                    + " interest\" alone does not let readers weigh those interests against their own, or object"
                    + " with reasons. Set legitimateInterest on the purpose to the interest pursued.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (Purpose purpose : context.model().purposes()) {
            if (purpose.lawfulBasis() == LawfulBasis.LEGITIMATE_INTERESTS
                    && (purpose.legitimateInterest() == null || purpose.legitimateInterest().isBlank())) {
                out.report(purpose.at(), "13(1)(d): purpose '" + purpose.id()
                                + "' relies on legitimate interests but does not say what they are",
                        "set legitimateInterest to the interest pursued, such as \"running our events well\"");
            }
        }
    }
}
