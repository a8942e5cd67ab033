package io.github.policyc.diff.internal;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.Change.Kind;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieLifetime;
import io.github.policyc.model.Party;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cookies added, removed or changed, one change for each thing about a cookie that changed.
 *
 * <p>Materiality follows consent: a cookie that is not strictly necessary may only be set with the
 * visitor's consent, so a new one, or one that now lives longer, serves another purpose, comes from
 * another provider or party, or is no longer strictly necessary, asks for a consent visitors have not
 * given. Strictly necessary cookies (those in a category that is necessary) need no consent, and
 * nothing about them is material. A cookie without a category counts as not strictly necessary, as
 * the checks treat it.
 */
public final class CookieComparison implements Comparison {

    @Override
    public void compare(PolicyModel older, PolicyModel newer, List<Change> out) {
        for (Pair<Keyed> pair : Pair.match(keyed(older.cookies()), keyed(newer.cookies()), Keyed::key)) {
            String subject = Subjects.cookie(pair.current().cookie());
            if (pair.added()) {
                Cookie cookie = pair.newer().cookie();
                out.add(new Change(Kind.COOKIE_ADDED, subject, added(newer, cookie), needsConsent(newer, cookie)));
            } else if (pair.removed()) {
                out.add(new Change(Kind.COOKIE_REMOVED, subject, "no longer set", false));
            } else {
                changed(older, newer, pair.older().cookie(), pair.newer().cookie(), subject, out);
            }
        }
    }

    /** A cookie with the key it is matched by: its name, and which cookie of that name it is. */
    private record Keyed(String key, Cookie cookie) {
    }

    private static List<Keyed> keyed(List<Cookie> cookies) {
        Map<String, Integer> seen = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>();
        for (Cookie cookie : cookies) {
            int n = seen.merge(cookie.name(), 1, Integer::sum);
            keyed.add(new Keyed(n == 1 ? cookie.name() : cookie.name() + "#" + n, cookie));
        }
        return keyed;
    }

    private static boolean needsConsent(PolicyModel model, Cookie cookie) {
        return model.categoryOf(cookie).map(category -> !category.isNecessary()).orElse(true);
    }

    /** "new analytics cookie set by Google Analytics, lasting 2 years". */
    private static String added(PolicyModel model, Cookie cookie) {
        StringBuilder summary = new StringBuilder("new ");
        model.categoryOf(cookie).ifPresent(category -> summary.append(Words.inSentence(category.label())).append(' '));
        summary.append("cookie");
        if (cookie.provider() != null) {
            summary.append(" set by ").append(cookie.provider());
        }
        if (cookie.duration() != null) {
            summary.append(cookie.duration().isSession() ? ", deleted when the browser closes"
                    : ", lasting " + cookie.duration().period().describe());
        }
        return summary.toString();
    }

    private static void changed(PolicyModel older, PolicyModel newer, Cookie before, Cookie after, String subject,
                                List<Change> out) {
        boolean consent = needsConsent(newer, after);
        duration(before.duration(), after.duration(), subject, consent, out);
        if (!Objects.equals(id(before.category()), id(after.category()))) {
            out.add(new Change(Kind.COOKIE_CHANGED, subject, Words.changed("category", label(older, before),
                    label(newer, after)), consent));
        } else if (consent && !needsConsent(older, before)) {
            // The same category, redeclared as no longer necessary: the cookie now needs a consent not given.
            out.add(new Change(Kind.COOKIE_CHANGED, subject, "its category, " + label(newer, after)
                    + ", is no longer strictly necessary", true));
        }
        if (!Objects.equals(id(before.purpose()), id(after.purpose()))) {
            out.add(new Change(Kind.COOKIE_CHANGED, subject, Words.changed("purpose", purpose(older, before.purpose()),
                    purpose(newer, after.purpose())), consent));
        }
        add(out, subject, "provider", before.provider(), after.provider(), consent);
        add(out, subject, "party", party(before.party()), party(after.party()), consent);
        add(out, subject, "domain", before.domain(), after.domain(), false);
    }

    /** A longer life is material for a cookie that needs consent; a shorter one, or one newly stated, is not. */
    private static void duration(CookieLifetime before, CookieLifetime after, String subject, boolean consent,
                                 List<Change> out) {
        if (Objects.equals(before, after) || before != null && after != null && seconds(before) == seconds(after)) {
            return;
        }
        if (before == null || after == null) {
            out.add(new Change(Kind.COOKIE_CHANGED, subject, Words.changed("lifetime", lifetime(before),
                    lifetime(after)), consent && after == null));
            return;
        }
        boolean longer = seconds(after) > seconds(before);
        out.add(new Change(Kind.COOKIE_CHANGED, subject, "now lasts " + lifetime(after) + " instead of "
                + lifetime(before), consent && longer));
    }

    /** A session cookie ends first: it is shorter than any lifetime in time. */
    private static double seconds(CookieLifetime lifetime) {
        return lifetime.isSession() ? 0 : lifetime.period().approximateSeconds();
    }

    private static String lifetime(CookieLifetime lifetime) {
        if (lifetime == null) {
            return null;
        }
        return lifetime.isSession() ? "until the browser closes" : "for " + lifetime.period().describe();
    }

    private static void add(List<Change> out, String subject, String what, String before, String after,
                            boolean material) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(Kind.COOKIE_CHANGED, subject, Words.changed(what, before, after), material));
        }
    }

    private static String label(PolicyModel model, Cookie cookie) {
        return model.categoryOf(cookie).map(category -> Words.inSentence(category.label())).orElse(null);
    }

    private static String party(Party party) {
        return party == null ? null : Words.inSentence(party);
    }

    private static String purpose(PolicyModel model, Ref ref) {
        if (ref == null) {
            return null;
        }
        return model.purpose(ref.id()).map(p -> p.title() + " (" + p.id() + ")").orElse(ref.id());
    }

    private static String id(Ref ref) {
        return ref == null ? null : ref.id();
    }
}
