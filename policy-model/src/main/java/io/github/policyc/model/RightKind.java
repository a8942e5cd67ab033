package io.github.policyc.model;

/**
 * The rights of data subjects that a privacy policy must tell readers about (GDPR Art. 13(2) and 14(2)).
 *
 * @since 0.1.0
 */
public enum RightKind implements Labelled {
    /** Art. 13 and 14: to be told how personal data is used. */
    INFORMED("The right to be informed", "13–14"),
    /** Art. 15: to get a copy of one's data. */
    ACCESS("The right of access", "15"),
    /** Art. 16: to have inaccurate data corrected. */
    RECTIFICATION("The right to rectification", "16"),
    /** Art. 17: to have data deleted ("the right to be forgotten"). */
    ERASURE("The right to erasure", "17"),
    /** Art. 18: to have processing restricted. */
    RESTRICTION("The right to restrict processing", "18"),
    /** Art. 20: to receive data in a portable form or have it transmitted. */
    PORTABILITY("The right to data portability", "20"),
    /** Art. 21: to object to processing, and always to direct marketing. */
    OBJECTION("The right to object", "21"),
    /** Art. 22: not to be subject to decisions based solely on automated processing. */
    AUTOMATED_DECISIONS("Rights related to automated decision-making", "22"),
    /** Art. 7(3): to withdraw consent at any time. */
    WITHDRAW_CONSENT("The right to withdraw consent", "7(3)"),
    /** Art. 77: to complain to a supervisory authority. */
    COMPLAINT("The right to complain to a supervisory authority", "77");

    private final String label;
    private final String article;

    RightKind(String label, String article) {
        this.label = label;
        this.article = article;
    }

    @Override
    public String label() {
        return label;
    }

    /** The article of the GDPR that grants the right. */
    public String article() {
        return article;
    }
}
