package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Ref;
import io.github.policyc.model.SpecialCategoryCondition;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** PC506: a purpose that uses special category data without an Art. 9(2) condition. */
public final class SpecialCategoryWithoutCondition implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC506", "special-category-without-condition", Severity.ERROR,
            "0.1.0", "A purpose uses special category data without an Art. 9(2) condition.",
            "Processing special category data (health, ethnic origin, religion, trade union membership,"
                    + " biometric data and the other kinds of Art. 9(1)) is forbidden unless one of the conditions"
                    + " of Art. 9(2) applies, in addition to the Art. 6 lawful basis. Readers of a policy that uses"
                    + " such data must be told which condition is relied on. Set specialCondition on the purpose.");

    private static final String CONDITIONS = String.join(", ", Arrays.stream(SpecialCategoryCondition.values())
            .map(Labelled::yamlName).toList());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        Set<String> specialIds = model.dataCategories().stream().filter(DataCategory::special).map(DataCategory::id)
                .collect(Collectors.toSet());
        for (Purpose purpose : model.purposes()) {
            if (purpose.specialCondition() != null) {
                continue;
            }
            List<String> special = purpose.categories().stream()
                    .map(Ref::id)
                    .filter(specialIds::contains)
                    .toList();
            if (!special.isEmpty()) {
                out.report(purpose.at(), "purpose '" + purpose.id() + "' uses special category data ("
                                + String.join(", ", special) + ") without an Art. 9(2) condition",
                        "set specialCondition to one of " + CONDITIONS);
            }
        }
    }
}
