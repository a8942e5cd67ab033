package io.github.policyc.cookies;

import java.util.Objects;

/**
 * A cookie's name as the inventory writes it: an exact name such as {@code _gid}, or a pattern in
 * which {@code *} stands for any run of characters, such as {@code _ga_*} for the cookies Google
 * Analytics names after each property.
 *
 * @param written the name as written in the model
 * @since 0.1.0
 */
public record CookieName(String written) {

    public CookieName {
        Objects.requireNonNull(written, "written");
    }

    /** Whether the name is a pattern, holding a {@code *}. */
    public boolean isPattern() {
        return written.indexOf('*') >= 0;
    }

    /** Whether a cookie actually named {@code name} is one this name covers. */
    public boolean matches(String name) {
        return matches(written, 0, name, 0);
    }

    /**
     * The name as the source of a JavaScript regular expression that matches exactly the names it
     * covers: {@code _ga_*} becomes {@code ^_ga_.*$}. Every character other than a letter, digit or
     * {@code *} is escaped, so nothing in a name can change the expression's meaning.
     */
    public String regex() {
        StringBuilder out = new StringBuilder("^");
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '*') {
                out.append(".*");
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('$').toString();
    }

    // A plain glob match: '*' takes any run of characters. Names are short; the recursion only
    // branches at a '*'.
    private static boolean matches(String pattern, int p, String name, int n) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                while (p < pattern.length() && pattern.charAt(p) == '*') {
                    p++;
                }
                if (p == pattern.length()) {
                    return true;
                }
                for (int from = n; from <= name.length(); from++) {
                    if (matches(pattern, p, name, from)) {
                        return true;
                    }
                }
                return false;
            }
            if (n >= name.length() || name.charAt(n) != c) {
                return false;
            }
            p++;
            n++;
        }
        return n == name.length();
    }
}
