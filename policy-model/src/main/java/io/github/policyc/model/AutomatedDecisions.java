package io.github.policyc.model;

/**
 * Whether decisions with legal or similarly significant effects are made solely by automated means,
 * including profiling (GDPR Art. 13(2)(f)).
 *
 * @param used        whether such decisions are made
 * @param description the logic involved and its consequences, or why none are made, in Markdown
 * @param at          where the statement is written
 * @since 0.1.0
 */
public record AutomatedDecisions(@Required Boolean used, Prose description, Location at) {
}
