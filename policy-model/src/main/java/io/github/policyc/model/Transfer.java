package io.github.policyc.model;

/**
 * How data sent to a recipient in a third country is protected (GDPR Art. 13(1)(f)).
 *
 * @param safeguard   the safeguard relied on
 * @param description where a copy of the safeguard can be obtained, or other details, in Markdown
 * @param at          where the transfer is written
 * @since 0.1.0
 */
public record Transfer(@Required Safeguard safeguard, Prose description, Location at) {
}
