package io.github.policyc.importer;

import java.nio.file.Path;

/**
 * An import could not be done because of the user's input: the document cannot be read, or a model
 * already stands where the import would write one. Report the message, without a stack trace.
 *
 * @since 0.1.0
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path existing;

    public ImportException(String message) {
        this(message, null);
    }

    /**
     * @param existing the file an import would have overwritten, or {@code null}
     */
    public ImportException(String message, Path existing) {
        super(message, null, false, false);
        this.existing = existing;
    }

    /** The file an import would have overwritten, or {@code null} when that is not what went wrong. */
    public Path existing() {
        return existing;
    }
}
