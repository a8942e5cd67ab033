package io.github.policyc.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address a site is published at, such as {@code https://example.com/privacy/}. With it, pages name
 * their canonical address, and the feed and the links to {@code policy.json} are absolute, so that they
 * still lead somewhere when copied out of the site.
 *
 * @param value the address, absolute {@code http} or {@code https}, ending with {@code /}
 * @since 0.1.0
 */
public record BaseUrl(String value) {

    public BaseUrl {
        Objects.requireNonNull(value, "value");
        if (!value.endsWith("/")) {
            throw new IllegalArgumentException("a base URL ends with '/': " + value);
        }
    }

    /**
     * Reads a base URL as a user writes it; a missing final {@code /} is added, since the site is a directory.
     *
     * @throws IllegalArgumentException when the text is not an absolute http or https URL without query or fragment
     */
    public static BaseUrl parse(String text) {
        String trimmed = text.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw invalid(text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalid(text);
        }
        return new BaseUrl(trimmed.endsWith("/") ? trimmed : trimmed + "/");
    }

    /** The absolute address of a file of the site, given its path from the site's root. */
    public String resolve(String sitePath) {
        return value + sitePath;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("the base URL must be the absolute http or https address the site is"
                + " published at, such as https://example.com/privacy/, not '" + text + "'");
    }
}
