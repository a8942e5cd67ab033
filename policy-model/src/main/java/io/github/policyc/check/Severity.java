package io.github.policyc.check;

import java.util.Locale;

/**
 * How serious a finding is. The build fails on findings at or above its {@code failOn} severity.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The policy is wrong or unlawful as it stands, such as a purpose without a lawful basis. */
    ERROR,
    /** The policy is probably wrong, such as a paragraph said twice. */
    WARNING,
    /** Worth a look, such as a declared category nothing uses. */
    INFO;

    /** The name used in output and parameters: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as serious as {@code other}. */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * Parses {@code error}, {@code warning} or {@code info}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a severity; use error, warning or info");
    }
}
