package io.github.policyc.render.html;

import io.github.policyc.diff.VersionChanges;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version as the list of versions and the change log show it, with the links to its files.
 *
 * @param version     the version's name
 * @param effective   the date it took effect
 * @param contentHash the content hash of its {@code policy.json}
 * @param changes     what changed from the version before, or {@code null} for the first version
 * @param summary     those changes in a sentence
 * @param inForce     whether it is the version in force
 * @param privacy     its privacy policy page
 * @param cookies     its cookie policy page
 * @param json        its {@code policy.json}
 * @param changeLog   its entry in the change log
 * @param previous    the version before it, or {@code null} for the first version
 * @since 0.1.0
 */
public record VersionEntry(String version, LocalDate effective, String contentHash, VersionChanges changes,
                           String summary, boolean inForce, Link privacy, Link cookies, Link json, Link changeLog,
                           Link previous) {

    public VersionEntry {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(summary, "summary");
    }
}
