package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.cookies.CookieName;
import io.github.policyc.cookies.HarCookies;
import java.util.List;

/** PC705: the site sets or sends a cookie the inventory does not declare. */
public final class UndeclaredCookie implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC705", "undeclared-cookie", Severity.WARNING, "0.1.0",
            "A browser session of the site shows a cookie the inventory does not declare.",
            "Visitors must be told about every cookie the site sets, and a cookie the inventory leaves out is in"
                    + " neither the cookie policy nor the consent banner, so withdrawing consent never clears it."
                    + " With policyc.har pointing at a HAR file exported from the browser's developer tools after"
                    + " visiting the real site, every cookie its pages' responses set (response cookies and"
                    + " Set-Cookie headers) and their requests send, first-party or third-party, is matched against"
                    + " the inventory's names and patterns (_ga_* covers _ga_ABC123). Each cookie is reported once,"
                    + " at the start of the model, with the page and domain it was first seen on. Declare it, or"
                    + " stop the site from setting it. Without a HAR file the rule reports nothing.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        HarCookies har = context.options().cookies().har();
        if (har == null) {
            return;
        }
        List<CookieName> declared = context.model().cookies().stream().map(c -> new CookieName(c.name())).toList();
        for (HarCookies.Seen seen : har.cookies()) {
            if (declared.stream().noneMatch(name -> name.matches(seen.name()))) {
                out.report(context.modelStart(), "cookie '" + seen.name() + "' (domain " + seen.domain()
                        + ") is set or sent on " + seen.page() + ", but the inventory does not declare it",
                        "add it under cookies, with its provider, category, duration and purpose");
            }
        }
    }
}
