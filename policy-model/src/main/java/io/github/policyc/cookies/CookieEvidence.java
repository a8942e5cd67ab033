package io.github.policyc.cookies;

/**
 * What policyc knows about a site's cookies from outside the model, for the checks that compare the
 * inventory with it: a local copy of the Open Cookie Database (PC704) and the cookies a browser
 * session of the site shows (PC705, PC706). Either may be missing; those rules then stay silent.
 *
 * @param database the Open Cookie Database, or {@code null}
 * @param har      the cookies of a HAR file, or {@code null}
 * @since 0.1.0
 */
public record CookieEvidence(OpenCookieDatabase database, HarCookies har) {

    /** No evidence: the cookie rules that need it report nothing. */
    public static final CookieEvidence NONE = new CookieEvidence(null, null);
}
