package io.github.policyc.model;

/**
 * The role a recipient of personal data plays under the UK and EU GDPR.
 *
 * @since 0.1.0
 */
public enum RecipientRole implements Labelled {
    /** Processes data on our behalf and under our instructions (Art. 28). */
    PROCESSOR("Processor acting on our behalf"),
    /** Decides for itself how it uses the data it receives. */
    CONTROLLER("Independent controller"),
    /** Decides together with us how the data is used (Art. 26). */
    JOINT_CONTROLLER("Joint controller"),
    /** A court, regulator, government department or other official body. */
    PUBLIC_AUTHORITY("Public authority"),
    /** Anyone: the data is published, as photos of an event may be. */
    PUBLIC("The public");

    private final String label;

    RecipientRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
