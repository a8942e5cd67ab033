package io.github.policyc.model;

/**
 * The lawful bases of GDPR Art. 6(1).
 *
 * @since 0.1.0
 */
public enum LawfulBasis implements Labelled {
    /** Art. 6(1)(a): the person has given consent. */
    CONSENT("Consent", "6(1)(a)"),
    /** Art. 6(1)(b): needed for a contract with the person, or to take steps before one. */
    CONTRACT("Contract", "6(1)(b)"),
    /** Art. 6(1)(c): needed to comply with the law. */
    LEGAL_OBLIGATION("Legal obligation", "6(1)(c)"),
    /** Art. 6(1)(d): needed to protect someone's life. */
    VITAL_INTERESTS("Vital interests", "6(1)(d)"),
    /** Art. 6(1)(e): needed for a task in the public interest or official authority. */
    PUBLIC_TASK("Public task", "6(1)(e)"),
    /** Art. 6(1)(f): needed for our legitimate interests, balanced against the person's rights. */
    LEGITIMATE_INTERESTS("Legitimate interests", "6(1)(f)");

    private final String label;
    private final String article;

    LawfulBasis(String label, String article) {
        this.label = label;
        this.article = article;
    }

    @Override
    public String label() {
        return label;
    }

    /** The paragraph of the GDPR, for example {@code 6(1)(f)}. */
    public String article() {
        return article;
    }
}
