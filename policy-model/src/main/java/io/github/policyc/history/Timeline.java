package io.github.policyc.history;

import io.github.policyc.diff.VersionChanges;
import java.util.List;
import java.util.Objects;

/**
 * Every version of a policy, oldest first, and what changed from each to the next: what a versioned
 * site publishes.
 *
 * @param versions the versions in the order they took effect; the last is the one in force
 * @param changes  {@code changes.get(i)} is what changed from {@code versions.get(i)} to {@code versions.get(i + 1)}
 * @param current  the version of the model being built, one of {@code versions}
 * @since 0.1.0
 */
public record Timeline(List<PolicyVersion> versions, List<VersionChanges> changes, PolicyVersion current) {

    public Timeline {
        versions = List.copyOf(versions);
        changes = List.copyOf(changes);
        Objects.requireNonNull(current, "current");
        if (versions.isEmpty() || changes.size() != versions.size() - 1) {
            throw new IllegalArgumentException("a timeline has at least one version and one change set between"
                    + " each two; got " + versions.size() + " versions and " + changes.size() + " change sets");
        }
        if (!versions.contains(current)) {
            throw new IllegalArgumentException("the current version " + current.version() + " is not in the timeline");
        }
    }

    /** A timeline of one version, with nothing before it. */
    public static Timeline of(PolicyVersion only) {
        return new Timeline(List.of(only), List.of(), only);
    }

    /** The version in force: the last to take effect. */
    public PolicyVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** What changed to arrive at the version at {@code index}, or {@code null} for the first version. */
    public VersionChanges changesTo(int index) {
        return index == 0 ? null : changes.get(index - 1);
    }
}
