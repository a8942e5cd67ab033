package io.github.policyc.publish;

/**
 * The site cannot be published where the user asked, for a reason the user can fix, such as an
 * output directory that holds files policyc did not write.
 *
 * @since 0.1.0
 */
public class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message, null, false, false);
    }
}
