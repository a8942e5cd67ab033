package io.github.policyc.model;

/**
 * Whether a cookie is set by the site itself or by another organisation.
 *
 * @since 0.1.0
 */
public enum Party implements Labelled {
    /** Set by the site the visitor is on. */
    FIRST("First party"),
    /** Set by another organisation, such as an analytics or advertising provider. */
    THIRD("Third party");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
