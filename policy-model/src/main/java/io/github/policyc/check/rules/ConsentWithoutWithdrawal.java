package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.LawfulBasis;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.RightKind;
import io.github.policyc.model.SpecialCategoryCondition;
import java.util.ArrayList;
import java.util.List;

/** PC505: consent relied on without explaining how to withdraw it (GDPR Art. 13(2)(c)). */
public final class ConsentWithoutWithdrawal implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC505", "consent-without-withdrawal", Severity.ERROR,
            "0.1.0", "Consent is relied on, but the right to withdraw it is not explained.",
            "Where processing rests on consent (a purpose with lawful basis consent or the Art. 9(2)(a)"
                    + " condition explicit consent, or a cookie that is not strictly necessary, which PECR allows"
                    + " only with consent), Art. 13(2)(c) requires the policy to tell readers they may withdraw"
                    + " that consent at any time. The rule reports once, at the first place that relies on"
                    + " consent, with the others as related places. Add the withdraw-consent right, saying how to"
                    + " withdraw.");

    private static final int NAMED = 3;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        if (model.right(RightKind.WITHDRAW_CONSENT).isPresent()) {
            return;
        }
        List<Location> places = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Purpose purpose : model.purposes()) {
            if (purpose.lawfulBasis() == LawfulBasis.CONSENT
                    || purpose.specialCondition() == SpecialCategoryCondition.EXPLICIT_CONSENT) {
                places.add(purpose.at());
                names.add("purpose '" + purpose.id() + "'");
            }
        }
        for (Cookie cookie : model.cookies()) {
            if (model.categoryOf(cookie).filter(category -> !category.isNecessary()).isPresent()) {
                places.add(cookie.at());
                names.add("cookie '" + cookie.name() + "'");
            }
        }
        if (places.isEmpty()) {
            return;
        }
        String relying = String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
                + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
        out.report(places.get(0), places.subList(1, places.size()),
                "13(2)(c): " + relying + " rel" + (names.size() == 1 ? "ies" : "y") + " on consent, but the right to"
                        + " withdraw consent is not explained",
                "add rights: withdraw-consent, saying how to withdraw consent at any time");
    }
}
