package io.github.policyc.diff;

import java.util.Objects;

/**
 * One change in meaning between two versions of a policy, such as a purpose added or a retention
 * period made longer.
 *
 * @param kind     what changed
 * @param subject  the part of the policy it concerns, such as {@code purpose 'events'}
 * @param summary  the change in words, for readers, such as "keeps data for 24 months instead of 12"
 * @param material whether readers may need to be asked again: a new purpose, a new category for a
 *                 purpose, a new recipient or transfer, a longer retention, among others that
 *                 {@link PolicyDiff} lists
 * @since 0.1.0
 */
public record Change(Kind kind, String subject, String summary, boolean material) {

    /** What a change is about. */
    public enum Kind {
        PURPOSE_ADDED, PURPOSE_REMOVED,
        CATEGORY_ADDED, CATEGORY_REMOVED,
        LAWFUL_BASIS_CHANGED,
        RETENTION_LONGER, RETENTION_SHORTER, RETENTION_CHANGED,
        RECIPIENT_ADDED, RECIPIENT_REMOVED,
        TRANSFER_ADDED, TRANSFER_REMOVED, TRANSFER_CHANGED,
        RIGHT_ADDED, RIGHT_REMOVED, RIGHT_CHANGED,
        CONTACT_ADDED, CONTACT_REMOVED, CONTACT_CHANGED,
        CONTROLLER_CHANGED,
        COOKIE_ADDED, COOKIE_REMOVED, COOKIE_CHANGED
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(summary, "summary");
    }
}
