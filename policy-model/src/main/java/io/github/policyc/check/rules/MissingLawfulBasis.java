package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Purpose;

/** PC501: a purpose without a lawful basis (GDPR Art. 13(1)(c)). */
public final class MissingLawfulBasis implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC501", "missing-lawful-basis", Severity.ERROR, "0.1.0",
            "A purpose does not state its lawful basis.",
            "Art. 13(1)(c) requires the lawful basis of every purpose. Policies often name one basis for"
                    + " everything (\"in most cases, legitimate interest\"), which leaves readers unable to tell"
                    + " which purposes they can object to or withdraw consent from. Set lawfulBasis on the purpose.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (Purpose purpose : context.model().purposes()) {
            if (purpose.lawfulBasis() == null) {
                out.report(purpose.at(), "13(1)(c): purpose '" + purpose.id() + "' has no lawful basis",
                        "set lawfulBasis to one of consent, contract, legal-obligation, vital-interests,"
                                + " public-task, legitimate-interests");
            }
        }
    }
}
