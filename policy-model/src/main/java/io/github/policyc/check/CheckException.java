package io.github.policyc.check;

/**
 * The policy loaded, but its checks found errors, so it was not published.
 *
 * @since 0.1.0
 */
public class CheckException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient CheckReport report;

    public CheckException(CheckReport report, Severity failOn) {
        super("the policy has findings at severity " + failOn.label() + " or above: " + report.summary(), null,
                false, false);
        this.report = report;
    }

    public CheckReport report() {
        return report;
    }
}
