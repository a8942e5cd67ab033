package io.github.policyc.check;

import io.github.policyc.model.Prose;

/**
 * A piece of prose of the model and who owns it, for messages: the body of {@code section 'intro'},
 * the description of {@code purpose 'events'}.
 *
 * @param owner the part of the model that holds the prose, such as {@code section 'intro'}
 * @param field the key of the prose in that part, such as {@code body}
 * @param prose the prose
 * @since 0.1.0
 */
public record ProseField(String owner, String field, Prose prose) {

    /** "the body of section 'intro'". */
    public String describe() {
        return "the " + field + " of " + owner;
    }
}
