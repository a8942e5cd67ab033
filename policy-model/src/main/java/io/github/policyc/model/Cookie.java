package io.github.policyc.model;

/**
 * A cookie, or a family of cookies when the name holds a {@code *}, that the site sets or lets others set.
 *
 * @param name        the cookie's name, such as {@code _ga}, or a pattern such as {@code _ga_*}
 * @param provider    who sets it, such as "Google Analytics"
 * @param party       whether the site or another organisation sets it
 * @param domain      the domain it is set on
 * @param category    the id of its category, a standard one such as {@code analytics} or one declared
 *                    under {@code cookieCategories}; it says what the cookie is for and whether it needs consent
 * @param duration    how long it lives
 * @param purpose     the purpose of the model it serves
 * @param description what it stores, in Markdown
 * @param at          where the cookie is written
 * @since 0.1.0
 */
public record Cookie(@Required String name, String provider, Party party, String domain, Ref category,
                     CookieLifetime duration, Ref purpose, Prose description, Location at) {
}
