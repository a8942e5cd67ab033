package io.github.policyc.render;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.VersionChanges;
import java.util.stream.Collectors;

/** What changed in a version, in words: a sentence for lists and the feed, and the whole as plain text. */
final class ChangeSummary {

    private ChangeSummary() {
    }

    /** One sentence: {@link VersionChanges#summary()}, or what the first version is, which changes nothing. */
    static String sentence(VersionChanges changes) {
        return changes == null ? "The first published version." : changes.summary();
    }

    /** The sentence, then each change in meaning on a line, then where the wording changed. */
    static String text(VersionChanges changes) {
        StringBuilder text = new StringBuilder(sentence(changes));
        if (changes == null) {
            return text.toString();
        }
        for (Change change : changes.changes()) {
            text.append("\n- ").append(change.subject()).append(": ").append(change.summary())
                    .append(change.material() ? " (material)" : "");
        }
        if (!changes.text().isEmpty()) {
            text.append("\nWording changed in: ")
                    .append(changes.text().stream().map(TextChange::where).collect(Collectors.joining("; ")))
                    .append('.');
        }
        return text.toString();
    }
}
