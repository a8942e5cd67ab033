package io.github.policyc.render.html;

import java.util.Objects;

/**
 * Where a version of a policy page sits among the others: shown under the page's heading.
 *
 * @param previous   the same page of the version before, or {@code null} on the first version
 * @param next       the same page of the version after, or {@code null} on the version in force
 * @param replacedOn the date the next version took effect, in words, or {@code null} on the version in force
 * @param replacedOnIso the same date as {@code YYYY-MM-DD}, or {@code null}
 * @param current    the page as currently in force, on a version that is not, else {@code null}
 * @param changes    what changed in this version, in the change log
 * @param permalink  this version's permanent address, on the page that shows the version in force, else
 *                   {@code null}
 * @since 0.1.0
 */
public record VersionBar(Link previous, Link next, String replacedOn, String replacedOnIso, Link current,
                         Link changes, Link permalink) {

    public VersionBar {
        Objects.requireNonNull(changes, "changes");
    }
}
