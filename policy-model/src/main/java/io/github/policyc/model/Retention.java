package io.github.policyc.model;

/**
 * How long data is kept for a purpose: a period, the event it counts from, or both, and the
 * criteria used where no fixed period applies (GDPR Art. 13(2)(a)).
 *
 * @param period      how long, as an ISO-8601 duration such as {@code P24M}
 * @param trigger     a phrase that completes "we keep it …", such as "after our last contact with you"
 *                    (with a period) or "until you ask us to stop" (without one)
 * @param description the criteria used to decide, in Markdown
 * @param at          where the retention is written
 * @since 0.1.0
 */
public record Retention(IsoDuration period, String trigger, Prose description, Location at) {
}
