package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieCategory;
import io.github.policyc.model.LawfulBasis;
import io.github.policyc.model.Purpose;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** PC702: a cookie that is not strictly necessary and does not rely on consent. */
public final class CookieWithoutConsent implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC702", "cookie-without-consent", Severity.ERROR, "0.1.0",
            "A cookie that is not strictly necessary serves a purpose that does not rely on consent.",
            "PECR regulation 6 allows a site to set a cookie that is not strictly necessary (functional,"
                    + " analytics, marketing, or any declared category that is not necessary) only with the"
                    + " visitor's consent, whatever lawful basis the later use"
                    + " of the data has. A policy that ties such a cookie to a purpose based on legitimate interests,"
                    + " or to no purpose, tells visitors it is set without asking them. Link the cookie to a purpose"
                    + " whose lawfulBasis is consent, or, if it is truly needed for the service the visitor asked for,"
                    + " categorise it strictly-necessary (or in a declared category marked necessary). A cookie"
                    + " without a category is left to PC701.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        Map<String, Purpose> purposes = new HashMap<>();
        context.model().purposes().forEach(p -> purposes.put(p.id(), p));
        for (Cookie cookie : context.model().cookies()) {
            Optional<CookieCategory> category = context.model().categoryOf(cookie);
            if (category.isEmpty() || category.get().isNecessary()) {
                continue;
            }
            String subject = "cookie '" + cookie.name() + "' (" + category.get().id() + ")";
            if (cookie.purpose() == null) {
                out.report(cookie.at(), subject + " names no purpose, so nothing shows that it is set only with"
                        + " consent", "set purpose to a purpose whose lawfulBasis is consent");
                continue;
            }
            Optional<Purpose> purpose = Optional.ofNullable(purposes.get(cookie.purpose().id()));
            LawfulBasis basis = purpose.map(Purpose::lawfulBasis).orElse(null);
            if (purpose.isPresent() && basis != LawfulBasis.CONSENT) {
                out.report(cookie.at(), subject + " serves purpose '" + cookie.purpose().id() + "', which relies on "
                                + (basis == null ? "no lawful basis" : basis.label().toLowerCase(Locale.ROOT))
                                + ", not consent",
                        "PECR requires consent for cookies that are not strictly necessary: link it to a purpose"
                                + " whose lawfulBasis is consent");
            }
        }
    }
}
