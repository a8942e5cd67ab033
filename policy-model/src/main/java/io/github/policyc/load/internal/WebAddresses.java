package io.github.policyc.load.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's web addresses ({@code url}, {@code website}) may name no scheme but {@code http} and
 * {@code https}: the pages link them, and a {@code javascript:} or {@code data:} address would run script
 * or show forged content under the policy's name. The loader refuses those where they are written rather
 * than leaving the renderer to drop the link silently. An address without a scheme, such as
 * {@code www.example.com}, loads: the pages show it as text, and the checks report it (PC204).
 */
public final class WebAddresses {

    /** The keys that hold a web address, wherever they appear in the model. */
    public static final Set<String> KEYS = Set.of("url", "website");

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    /** A scheme as RFC 3986 writes it, at the start. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    /** What browsers ignore in an address, and so what could hide a scheme: white space and control characters. */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Cntrl}]");

    private WebAddresses() {
    }

    /** Whether a value under {@code key} must be a web address. */
    public static boolean holdsOne(String key) {
        return KEYS.contains(key);
    }

    /** Whether {@code text} names a scheme other than http or https. */
    public static boolean namesAnotherScheme(String text) {
        Matcher scheme = SCHEME.matcher(IGNORED.matcher(text).replaceAll(""));
        return scheme.find() && !WEB_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }
}
