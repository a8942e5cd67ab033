package io.github.policyc.diff;

import java.util.List;
import java.util.Objects;

/**
 * What changed from one version of a policy to the next: in meaning, and in its prose.
 *
 * @param from    the earlier version
 * @param to      the later version
 * @param changes the changes in meaning, in model order
 * @param text    the changes to prose, in model order
 * @since 0.1.0
 */
public record VersionChanges(String from, String to, List<Change> changes, List<TextChange> text) {

    public VersionChanges {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = List.copyOf(changes);
        text = List.copyOf(text);
    }

    /** Whether any change is material, so that readers may need to be asked again (consent, notice). */
    public boolean material() {
        return changes.stream().anyMatch(Change::material);
    }

    /** Whether the two versions say the same. */
    public boolean isEmpty() {
        return changes.isEmpty() && text.isEmpty();
    }
}
