package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.Retentions;
import io.github.policyc.model.Purpose;
import java.util.List;

/** PC606: a policy in which no purpose says how long data is kept (GDPR Art. 13(2)(a)). */
public final class NoRetentionStated implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC606", "retention-stated", Severity.ERROR, "0.1.0",
            "No purpose says how long its data is kept.",
            "Art. 13(2)(a) requires the retention period, or the criteria that decide it. When no purpose"
                    + " states any retention, the policy as a whole says nothing about how long data is kept;"
                    + " a general retention paragraph in prose (\"we hold information for as long as required\")"
                    + " does not count. Each purpose without retention is also reported by PC502. Give each"
                    + " purpose a retention.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        List<Purpose> purposes = context.model().purposes();
        if (!purposes.isEmpty() && purposes.stream().noneMatch(p -> Retentions.isStated(p.retention()))) {
            out.report(context.modelStart(), "13(2)(a): no purpose says how long its data is kept",
                    "give each purpose a retention: a period and the event it counts from, or the criteria");
        }
    }
}
