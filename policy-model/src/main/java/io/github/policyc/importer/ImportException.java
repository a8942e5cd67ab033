package io.github.policyc.importer;

/**
 * An import could not be done because of the user's input: the document cannot be read, or a model
 * already stands where the import would write one. Report the message, without a stack trace.
 *
 * @since 0.1.0
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message, null, false, false);
    }
}
