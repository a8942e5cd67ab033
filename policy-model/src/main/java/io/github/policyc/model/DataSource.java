package io.github.policyc.model;

/**
 * Where personal data comes from, which readers must be told when it is not from them (Art. 14(2)(f)).
 *
 * @since 0.1.0
 */
public enum DataSource implements Labelled {
    /** Given to us by the person it is about. */
    PROVIDED("Provided by you"),
    /** Recorded by our systems while the person uses our services or sites. */
    OBSERVED("Collected automatically"),
    /** Made by us, such as photos taken at an event or a recording of a call. */
    RECORDED("Recorded by us"),
    /** Worked out by us from other data. */
    DERIVED("Derived by us"),
    /** Received from another organisation, such as an employer or a partner. */
    THIRD_PARTY("From a third party"),
    /** Taken from a publicly accessible source. */
    PUBLIC("From public sources");

    private final String label;

    DataSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
