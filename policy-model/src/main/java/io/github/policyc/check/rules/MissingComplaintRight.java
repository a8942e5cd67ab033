package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Right;
import io.github.policyc.model.RightKind;
import java.util.Optional;

/** PC608: the right to complain to a supervisory authority is missing, or names no authority (Art. 13(2)(d)). */
public final class MissingComplaintRight implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC608", "complaint-right", Severity.ERROR, "0.1.0",
            "The right to complain to a supervisory authority is not explained, or no authority is named.",
            "Art. 13(2)(d) requires the policy to tell readers they may lodge a complaint with a supervisory"
                    + " authority, such as the Information Commissioner's Office in the UK. Policies often invite"
                    + " readers to contact the company and stop there. Add the complaint right and the"
                    + " supervisoryAuthority, with its name and how to reach it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        Optional<Right> complaint = model.right(RightKind.COMPLAINT);
        if (complaint.isEmpty()) {
            out.report(context.modelStart(), "13(2)(d): no right to lodge a complaint with a supervisory authority",
                    "add rights: complaint" + (model.supervisoryAuthority() == null
                            ? " and the supervisoryAuthority, such as the ICO with its address and website" : ""));
        } else if (model.supervisoryAuthority() == null) {
            out.report(complaint.get().at(), "13(2)(d): the right to complain names no supervisory authority",
                    "add supervisoryAuthority with its name and how to reach it, such as the ICO");
        }
    }
}
