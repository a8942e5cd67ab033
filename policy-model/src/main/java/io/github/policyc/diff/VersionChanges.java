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

    /**
     * The changes in one sentence, for feeds and lists of versions: "3 material changes: new purpose,
     * longer retention; 1 other change; reworded text.", "2 changes, none material: contact changed.",
     * "Wording only." or "No changes.". Each kind of change is named once, in order.
     */
    public String summary() {
        if (changes.isEmpty()) {
            return text.isEmpty() ? "No changes." : "Wording only.";
        }
        List<Change> material = changes.stream().filter(Change::material).toList();
        List<Change> other = changes.stream().filter(c -> !c.material()).toList();
        StringBuilder sentence = new StringBuilder();
        if (material.isEmpty()) {
            sentence.append(count(other.size(), "change")).append(", none material: ").append(kinds(other));
        } else {
            sentence.append(count(material.size(), "material change")).append(": ").append(kinds(material));
            if (!other.isEmpty()) {
                sentence.append("; ").append(count(other.size(), "other change"));
            }
        }
        if (!text.isEmpty()) {
            sentence.append("; reworded text");
        }
        return sentence.append('.').toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String kinds(List<Change> changes) {
        return String.join(", ", changes.stream().map(c -> phrase(c.kind())).distinct().toList());
    }

    private static String phrase(Change.Kind kind) {
        return switch (kind) {
            case PURPOSE_ADDED -> "new purpose";
            case PURPOSE_REMOVED -> "purpose removed";
            case CATEGORY_ADDED -> "more data used";
            case CATEGORY_REMOVED -> "less data used";
            case LAWFUL_BASIS_CHANGED -> "different lawful basis";
            case RETENTION_LONGER -> "longer retention";
            case RETENTION_SHORTER -> "shorter retention";
            case RETENTION_CHANGED -> "retention changed";
            case RECIPIENT_ADDED -> "new recipient";
            case RECIPIENT_REMOVED -> "recipient removed";
            case TRANSFER_ADDED -> "new transfer abroad";
            case TRANSFER_REMOVED -> "transfer abroad ended";
            case TRANSFER_CHANGED -> "transfer safeguard changed";
            case RIGHT_ADDED -> "right added";
            case RIGHT_REMOVED -> "right removed";
            case RIGHT_CHANGED -> "right changed";
            case CONTACT_ADDED -> "new contact";
            case CONTACT_REMOVED -> "contact removed";
            case CONTACT_CHANGED -> "contact details changed";
            case CONTROLLER_CHANGED -> "controller details changed";
            case COOKIE_ADDED -> "new cookie";
            case COOKIE_REMOVED -> "cookie removed";
            case COOKIE_CHANGED -> "cookie changed";
        };
    }
}
