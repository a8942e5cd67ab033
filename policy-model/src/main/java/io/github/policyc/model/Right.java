package io.github.policyc.model;

/**
 * A data-subject right as the policy explains it.
 *
 * @param kind        which right
 * @param description what the right means for the reader, in Markdown
 * @param exercise    how to exercise it, in Markdown
 * @param contact     whom to contact to exercise it
 * @param at          where the right is written
 * @since 0.1.0
 */
public record Right(@Id RightKind kind, Prose description, Prose exercise, Ref contact, Location at) {
}
