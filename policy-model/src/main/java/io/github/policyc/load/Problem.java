package io.github.policyc.load;

import io.github.policyc.model.Location;
import java.util.Objects;

/**
 * A mistake in the user's input that stops the model from loading: a syntax error, an unknown key,
 * a value of the wrong type, a missing required key or a reference that resolves nowhere.
 *
 * @param at      where the mistake is
 * @param message what is wrong and, where it can be said, what would be right
 * @since 0.1.0
 */
public record Problem(Location at, String message) {

    public Problem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message}, the form editors and CI systems link. */
    @Override
    public String toString() {
        return at + ": " + message;
    }
}
