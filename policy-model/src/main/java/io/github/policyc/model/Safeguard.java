package io.github.policyc.model;

/**
 * The safeguard that makes a transfer to a third country lawful (UK GDPR Art. 44–49).
 *
 * @since 0.1.0
 */
public enum Safeguard implements Labelled {
    /** The destination has UK adequacy regulations (or an EU adequacy decision). */
    ADEQUACY("Adequacy regulations"),
    /** The UK International Data Transfer Agreement. */
    IDTA("International Data Transfer Agreement"),
    /** The UK Addendum to the EU standard contractual clauses. */
    ADDENDUM("UK Addendum to the EU standard contractual clauses"),
    /** Standard contractual clauses. */
    SCC("Standard contractual clauses"),
    /** Binding corporate rules. */
    BCR("Binding corporate rules"),
    /** A derogation for specific situations (Art. 49), such as the performance of a contract. */
    DEROGATION("Derogation for a specific situation (Art. 49)");

    private final String label;

    Safeguard(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
