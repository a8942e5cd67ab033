package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSource;
import io.github.policyc.model.LawfulBasis;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Ref;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** PC609: the policy does not say whether people must provide their data (GDPR Art. 13(2)(e)). */
public final class RequirementNotStated implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC609", "requirement-stated", Severity.ERROR, "0.1.0",
            "The policy does not say whether people must provide their data, and what happens if they do not.",
            "Art. 13(2)(e) requires the policy to say whether providing the data is a statutory or contractual"
                    + " requirement, or needed to enter into a contract, whether the person is obliged to provide"
                    + " it, and what happens if they do not. It concerns data collected from the person, so the rule"
                    + " only reads purposes that use data provided by them (a category with source provided, or"
                    + " whose sources are not stated, or no categories named). Such a purpose with lawful basis"
                    + " contract or legal obligation must set requirement, because there the answer is \"yes\" and"
                    + " its consequences matter; it is reported at the purpose. Otherwise, when no such purpose sets"
                    + " requirement at all, the policy says nothing on the point, and the rule reports once for the"
                    + " policy: set requirement on the purposes where people are asked for data, even if only to"
                    + " say they need not give it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        Map<String, DataCategory> categories = new HashMap<>();
        model.dataCategories().forEach(c -> categories.put(c.id(), c));
        boolean reported = false;
        boolean collects = false;
        boolean stated = false;
        for (Purpose purpose : model.purposes()) {
            if (!collectsFromThePerson(purpose, categories)) {
                continue;
            }
            collects = true;
            boolean states = purpose.requirement() != null && !purpose.requirement().isBlank();
            stated |= states;
            if (!states && (purpose.lawfulBasis() == LawfulBasis.CONTRACT
                    || purpose.lawfulBasis() == LawfulBasis.LEGAL_OBLIGATION)) {
                reported = true;
                out.report(purpose.at(), "13(2)(e): purpose '" + purpose.id() + "' relies on "
                                + purpose.lawfulBasis().label().toLowerCase(Locale.ROOT)
                                + " but does not say whether people must provide their data, or what happens if"
                                + " they do not",
                        "set requirement, such as \"You need not give it, but without it we cannot consider your"
                                + " application\"");
            }
        }
        if (collects && !stated && !reported) {
            out.report(context.modelStart(), "13(2)(e): no purpose says whether people must provide their data,"
                            + " or what happens if they do not",
                    "set requirement on the purposes that ask people for their data");
        }
    }

    /** Whether the purpose uses data the person gives, as far as the model tells. */
    private static boolean collectsFromThePerson(Purpose purpose, Map<String, DataCategory> categories) {
        if (purpose.categories().isEmpty()) {
            return true;
        }
        for (Ref ref : purpose.categories()) {
            DataCategory category = categories.get(ref.id());
            if (category == null || category.sources().isEmpty() || category.sources().contains(DataSource.PROVIDED)) {
                return true;
            }
        }
        return false;
    }
}
