package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.cookies.CookieName;
import io.github.policyc.cookies.HarCookies;
import io.github.policyc.model.Cookie;

/** PC706: the inventory declares a cookie that a browser session of the site never shows. */
public final class UnobservedCookie implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC706", "unobserved-cookie", Severity.INFO, "0.1.0",
            "The inventory declares a cookie a browser session of the site never shows.",
            "A cookie the site no longer sets still fills the cookie policy and the banner, and makes the list"
                    + " harder to trust. With policyc.har pointing at a HAR file of the real site, each declared"
                    + " cookie (or pattern) that none of its pages' responses set and none of their requests send"
                    + " is reported at the cookie. A HAR file shows one session only: a cookie set after a login,"
                    + " or only once the visitor accepts marketing cookies, is missing unless the session did"
                    + " that, so this is information, not a warning. Remove the cookie if the site no longer sets"
                    + " it. Without a HAR file the rule reports nothing.");

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
        String pages = har.pages().isEmpty() ? "the HAR file" : String.join(", ", har.pages());
        for (Cookie cookie : context.model().cookies()) {
            if (har.find(new CookieName(cookie.name())).isEmpty()) {
                out.report(cookie.at(), "cookie '" + cookie.name() + "' is declared but not seen on " + pages,
                        "remove it if the site no longer sets it, or record a session that sets it");
            }
        }
    }
}
