package io.github.policyc.model;

/**
 * The conditions of GDPR Art. 9(2) under which special category data may be processed.
 *
 * @since 0.1.0
 */
public enum SpecialCategoryCondition implements Labelled {
    /** Art. 9(2)(a). */
    EXPLICIT_CONSENT("Explicit consent", "9(2)(a)"),
    /** Art. 9(2)(b). */
    EMPLOYMENT("Employment, social security and social protection law", "9(2)(b)"),
    /** Art. 9(2)(c). */
    VITAL_INTERESTS("Vital interests", "9(2)(c)"),
    /** Art. 9(2)(d). */
    NOT_FOR_PROFIT("Not-for-profit bodies", "9(2)(d)"),
    /** Art. 9(2)(e). */
    MADE_PUBLIC("Made public by the data subject", "9(2)(e)"),
    /** Art. 9(2)(f). */
    LEGAL_CLAIMS("Legal claims or judicial acts", "9(2)(f)"),
    /** Art. 9(2)(g). */
    SUBSTANTIAL_PUBLIC_INTEREST("Substantial public interest", "9(2)(g)"),
    /** Art. 9(2)(h). */
    HEALTH_OR_SOCIAL_CARE("Health or social care", "9(2)(h)"),
    /** Art. 9(2)(i). */
    PUBLIC_HEALTH("Public health", "9(2)(i)"),
    /** Art. 9(2)(j). */
    ARCHIVING_RESEARCH_STATISTICS("Archiving, research and statistics", "9(2)(j)");

    private final String label;
    private final String article;

    SpecialCategoryCondition(String label, String article) {
        this.label = label;
        this.article = article;
    }

    @Override
    public String label() {
        return label;
    }

    /** The paragraph of the GDPR, for example {@code 9(2)(a)}. */
    public String article() {
        return article;
    }
}
