package io.github.policyc.load.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The model's web addresses ({@code url}, {@code website}) must be {@code http} or {@code https}: the
 * pages link them, and a {@code javascript:} or {@code data:} address would run script or show forged
 * content under the policy's name. The loader refuses them where they are written rather than leaving
 * the renderer to drop the link silently.
 */
public final class WebAddresses {

    /** The keys that hold a web address, wherever they appear in the model. */
    public static final Set<String> KEYS = Set.of("url", "website");

    /** A scheme of http or https, then a host; whatever follows is escaped where it is written. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/?#\\\\]+([/?#].*)?",
            Pattern.DOTALL);

    private WebAddresses() {
    }

    /** Whether a value under {@code key} must be a web address. */
    public static boolean holdsOne(String key) {
        return KEYS.contains(key);
    }

    /** Whether {@code text} is an absolute http or https address. */
    public static boolean isWebAddress(String text) {
        return WEB_ADDRESS.matcher(text).matches();
    }
}
