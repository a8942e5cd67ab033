package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.cookies.OpenCookieDatabase;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieCategory;
import java.util.Optional;
import java.util.Set;

/** PC704: the inventory puts a cookie in another category than the Open Cookie Database does. */
public final class CookieCategoryConflict implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC704", "cookie-category-conflict", Severity.WARNING,
            "0.1.0", "A cookie's category conflicts with the one the Open Cookie Database gives it.",
            "The category decides whether a cookie is set before the visitor agrees, so a tracking cookie filed as"
                    + " functional is set without consent. With policyc.cookieDatabase pointing at a local copy of"
                    + " the Open Cookie Database, each cookie it knows is compared with it: Functional and Security"
                    + " agree with strictly-necessary and functional, Personalization with functional, Analytics"
                    + " with analytics, Marketing with marketing; a category the database uses that is not one of"
                    + " these conflicts with nothing. A category the model declares itself conflicts only when it"
                    + " is necessary and the database's needs consent. Check what the cookie does on the site and"
                    + " correct its category, or suppress the finding where the site uses the cookie differently."
                    + " Without the database the rule reports nothing.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        OpenCookieDatabase database = context.options().cookies().database();
        if (database == null) {
            return;
        }
        for (Cookie cookie : context.model().cookies()) {
            Optional<CookieCategory> declared = context.model().categoryOf(cookie);
            Optional<OpenCookieDatabase.Entry> known = database.find(cookie.name());
            if (declared.isEmpty() || known.isEmpty()) {
                continue;
            }
            String theirs = known.get().category();
            Optional<Set<String>> agreeing = OpenCookieDatabase.agreeingCategories(theirs);
            if (agreeing.isEmpty()) {
                continue;
            }
            CookieCategory category = declared.get();
            boolean conflict = CookieCategory.isStandard(category.id())
                    ? !agreeing.get().contains(category.id())
                    : category.isNecessary() && OpenCookieDatabase.needsConsent(theirs);
            if (conflict) {
                out.report(cookie.at(), "cookie '" + cookie.name() + "' is declared " + category.id()
                        + ", but the Open Cookie Database lists '" + known.get().name() + "' ("
                        + known.get().platform() + ") as " + theirs,
                        "check what the cookie does on the site and set its category to one of "
                                + String.join(", ", agreeing.get().stream().sorted().toList()));
            }
        }
    }
}
