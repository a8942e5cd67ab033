package io.github.policyc.model;

import java.util.Objects;

/**
 * How long a cookie lives: until the browser session ends, or for an ISO-8601 duration.
 *
 * @param period the lifetime, or {@code null} for a session cookie
 * @since 0.1.0
 */
public record CookieLifetime(IsoDuration period) {

    /** The lifetime of a cookie that is deleted when the browser closes. */
    public static final CookieLifetime SESSION = new CookieLifetime(null);

    /**
     * Parses {@code session} or an ISO-8601 duration.
     *
     * @throws IllegalArgumentException with a message fit for the user when the text is neither
     */
    public static CookieLifetime parse(String text) {
        if (text.equals("session")) {
            return SESSION;
        }
        try {
            return new CookieLifetime(IsoDuration.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'session' or " + e.getMessage(), e);
        }
    }

    public boolean isSession() {
        return period == null;
    }

    /** The lifetime in words: "session" or, for example, "2 years". */
    public String describe() {
        return isSession() ? "Session" : period.describe();
    }

    @Override
    public String toString() {
        return isSession() ? "session" : period.text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CookieLifetime other && Objects.equals(period, other.period);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(period);
    }
}
