package io.github.policyc.model;

import java.util.regex.Pattern;

/**
 * The rule for ids: they become anchors and parts of URLs, so they are simple names such as
 * {@code events} or {@code job-applicants}.
 *
 * @since 0.1.0
 */
public final class Ids {

    /** What a valid id looks like, for messages. */
    public static final String RULE = "must start with a letter or digit and hold only letters, digits, '-', '_' and '.'";

    /**
     * The regular expression a whole id must match. It means the same in Java and in ECMA-262, so the
     * JSON Schemas use it too.
     */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,99}";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Ids() {
    }

    /** Whether {@code id} matches {@link #PATTERN}, checked character by character: every keyed entry asks. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > 100 || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The pattern {@link #isValid} must agree with, kept for the test that holds the two together. */
    static boolean matchesPattern(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Throws {@link IllegalArgumentException} with a message fit for the user when {@code id} is not valid. */
    static void check(String id) {
        if (id != null && !isValid(id)) {
            throw new IllegalArgumentException("id '" + id + "' " + RULE);
        }
    }
}
