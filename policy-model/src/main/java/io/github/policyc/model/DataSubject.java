package io.github.policyc.model;

/**
 * A group of people whose personal data is processed, such as customers or job applicants.
 *
 * @param id          the id purposes use to name the group
 * @param label       the group's name as readers see it
 * @param description who belongs to the group
 * @param at          where the group is written
 * @since 0.1.0
 */
public record DataSubject(@Id String id, @Required String label, Prose description, Location at) {
}
