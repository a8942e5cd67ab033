package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;

/** PC611: no categories of personal data are declared, or a purpose names none (GDPR Art. 14(1)(d)). */
public final class CategoriesNotStated implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC611", "categories-stated", Severity.WARNING, "0.1.0",
            "The policy declares no categories of personal data, or a purpose names none.",
            "Art. 14(1)(d) requires the categories of personal data concerned when the data does not come from"
                    + " the person, and readers of any policy need them to know what a purpose uses. Declare the"
                    + " categories under dataCategories and list on each purpose the ones it uses. When no"
                    + " category is declared at all, the rule reports that once rather than at every purpose.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        if (model.dataCategories().isEmpty()) {
            out.report(context.modelStart(), "14(1)(d): the policy declares no categories of personal data",
                    "declare the kinds of data processed under dataCategories, such as name and email address");
            return;
        }
        for (Purpose purpose : model.purposes()) {
            if (purpose.categories().isEmpty()) {
                out.report(purpose.at(), "14(1)(d): purpose '" + purpose.id() + "' names no categories of personal"
                        + " data", "list the categories it uses under categories");
            }
        }
    }
}
