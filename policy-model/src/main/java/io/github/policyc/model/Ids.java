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

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** Throws {@link IllegalArgumentException} with a message fit for the user when {@code id} is not valid. */
    static void check(String id) {
        if (id != null && !isValid(id)) {
            throw new IllegalArgumentException("id '" + id + "' " + RULE);
        }
    }
}
