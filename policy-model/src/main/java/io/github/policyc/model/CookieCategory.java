package io.github.policyc.model;

/**
 * What a cookie is for, which decides whether a visitor must consent to it.
 *
 * @since 0.1.0
 */
public enum CookieCategory implements Labelled {
    /** Needed for the site to work; set without consent. */
    STRICTLY_NECESSARY("Strictly necessary"),
    /** Remembers choices and preferences. */
    FUNCTIONAL("Functional"),
    /** Measures how the site is used. */
    ANALYTICS("Analytics"),
    /** Tracks visitors for advertising or marketing. */
    MARKETING("Marketing");

    private final String label;

    CookieCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
