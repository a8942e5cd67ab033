package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.IsoDuration;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Retention;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** PC703: a cookie that lives longer than its purpose keeps data. */
public final class CookieOutlivesRetention implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC703", "cookie-outlives-retention", Severity.WARNING,
            "0.1.0", "A cookie lives longer than the purpose it serves keeps its data.",
            "A cookie is personal data stored on the visitor's device; an identifier that stays for two years"
                    + " while the policy says the purpose keeps data for twelve months contradicts the policy, and"
                    + " lets the data be linked again after it should be gone. Lengths are compared approximately"
                    + " (a year of 365.2425 days, a month a twelfth of that), so P1Y equals P12M. Shorten the"
                    + " cookie's lifetime, or correct the retention period.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        Map<String, Purpose> purposes = new HashMap<>();
        context.model().purposes().forEach(p -> purposes.put(p.id(), p));
        for (Cookie cookie : context.model().cookies()) {
            if (cookie.duration() == null || cookie.duration().isSession() || cookie.purpose() == null) {
                continue;
            }
            Optional<Purpose> purpose = Optional.ofNullable(purposes.get(cookie.purpose().id()));
            Retention retention = purpose.map(Purpose::retention).orElse(null);
            if (retention == null || retention.period() == null) {
                continue;
            }
            IsoDuration lifetime = cookie.duration().period();
            if (Math.round(lifetime.approximateSeconds()) > Math.round(retention.period().approximateSeconds())) {
                out.report(cookie.at(), "cookie '" + cookie.name() + "' lives " + lifetime.describe()
                                + ", longer than purpose '" + cookie.purpose().id() + "' keeps its data ("
                                + retention.period().describe() + ")",
                        "shorten the cookie's duration to at most " + retention.period().describe()
                                + ", or correct the retention of the purpose");
            }
        }
    }
}
