package io.github.policyc.model;

/**
 * The generated page a prose section belongs to.
 *
 * @since 0.1.0
 */
public enum Page implements Labelled {
    /** The privacy policy, {@code privacy-policy.html}. */
    PRIVACY("Privacy policy"),
    /** The cookie policy, {@code cookie-policy.html}. */
    COOKIES("Cookie policy");

    private final String label;

    Page(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
