package io.github.policyc.render;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.VersionChanges;
import java.util.stream.Collectors;

/** What changed in a version, in words: a sentence for lists and the feed, and the whole as plain text. */
final class ChangeSummary {

    private ChangeSummary() {
    }

    /** One sentence, such as "3 changes in meaning, 1 of them material, and changes in wording." */
    static String sentence(VersionChanges changes) {
        if (changes == null) {
            return "The first published version.";
        }
        if (changes.isEmpty()) {
            return "No change in meaning or wording.";
        }
        if (changes.changes().isEmpty()) {
            return "Changes in wording only (" + count(changes.text().size(), "passage") + ").";
        }
        int all = changes.changes().size();
        long material = changes.changes().stream().filter(Change::material).count();
        String which = all == 1
                ? material == 1 ? ", which is material" : ", not material"
                : material == 0 ? ", none of them material" : ", " + material + " of them material";
        return count(all, "change") + " in meaning" + which
                + (changes.text().isEmpty() ? "" : ", and changes in wording") + ".";
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

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
