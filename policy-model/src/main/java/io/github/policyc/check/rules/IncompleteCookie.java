package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Cookie;
import java.util.ArrayList;
import java.util.List;

/** PC701: a cookie that does not say its category, duration or purpose. */
public final class IncompleteCookie implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC701", "cookie-incomplete", Severity.WARNING, "0.1.0",
            "A cookie does not say its category, its duration, or what it is for.",
            "PECR requires clear and comprehensive information about each cookie, and visitors cannot give"
                    + " informed consent to a cookie whose purpose or lifetime they are not told. The category also"
                    + " decides whether the cookie needs consent at all. Give every cookie a category, a duration"
                    + " (session or an ISO-8601 duration such as P2Y), and a purpose or a description. The rule"
                    + " reports once per cookie, listing what is missing.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (Cookie cookie : context.model().cookies()) {
            List<String> missing = new ArrayList<>();
            List<String> fixes = new ArrayList<>();
            if (cookie.category() == null) {
                missing.add("category");
                fixes.add("a category");
            }
            if (cookie.duration() == null) {
                missing.add("duration");
                fixes.add("a duration (session, or such as P2Y)");
            }
            if (cookie.purpose() == null && (cookie.description() == null || cookie.description().isBlank())) {
                missing.add("purpose");
                fixes.add("the purpose it serves or a description");
            }
            if (!missing.isEmpty()) {
                out.report(cookie.at(), "cookie '" + cookie.name() + "' does not say its " + list(missing, "or"),
                        "give it " + list(fixes, "and"));
            }
        }
    }

    /** "category", "category or duration", "category, duration or purpose". */
    private static String list(List<String> words, String conjunction) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + conjunction + " "
                + words.get(words.size() - 1);
    }
}
