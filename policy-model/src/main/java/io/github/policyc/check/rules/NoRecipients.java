package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;

/** PC604: a policy that declares no recipients (GDPR Art. 13(1)(e)). */
public final class NoRecipients implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC604", "recipients-stated", Severity.WARNING, "0.1.0",
            "The policy declares no recipients of personal data.",
            "Art. 13(1)(e) requires the recipients or categories of recipients of the data, if any. Almost every"
                    + " organisation has some: IT and hosting providers, payment processors, advisers, public"
                    + " authorities. It is a warning rather than an error only because the article says \"if"
                    + " any\": declare the recipients under recipients and name them on each purpose, or, if the"
                    + " data truly goes to nobody, suppress this finding with that reason.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        if (context.model().recipients().isEmpty()) {
            out.report(context.modelStart(), "13(1)(e): the policy declares no recipients of personal data",
                    "declare who receives the data under recipients, such as service providers and authorities");
        }
    }
}
