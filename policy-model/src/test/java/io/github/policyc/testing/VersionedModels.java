package io.github.policyc.testing;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.diff.Change;
import io.github.policyc.diff.ChangeDetector;
import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.VersionChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A policy with a history, for the tests of versioned publishing: version 2024.03 and 2024.06 released,
 * 2024.09 the current model, each written from {@code models/versioned/policy.yaml} (the README's complete
 * model with links in its prose) with its own version, date and purpose description.
 */
public final class VersionedModels {

    public static final Path BASE = Path.of("src/test/resources/models/versioned/policy.yaml");

    /**
     * Describes the changes the versions make, as the change detector of the {@code diff} package would:
     * 2024.06 adds a material change, 2024.09 changes wording only.
     */
    public static final ChangeDetector DETECTOR = (older, newer) -> {
        String from = older.policy().version();
        String to = newer.policy().version();
        return switch (to) {
            case "2024.06" -> new VersionChanges(from, to, List.of(
                    new Change(Change.Kind.RETENTION_LONGER, "purpose 'orders' (Processing orders)",
                            "now keeps data for 7 years instead of 6 years", true),
                    new Change(Change.Kind.CONTACT_CHANGED, "contact 'dpo' (Data Protection Officer)",
                            "has a new email address", false)), List.of());
            case "2024.09" -> new VersionChanges(from, to, List.of(), List.of(new TextChange(
                    "the description of purpose 'orders'", List.of(
                            new TextChange.Line(TextChange.Line.Type.REMOVED, "We use your details to deliver."),
                            new TextChange.Line(TextChange.Line.Type.ADDED, "We use your details to deliver orders."),
                            new TextChange.Line(TextChange.Line.Type.CONTEXT, "")))));
            default -> new VersionChanges(from, to, List.of(), List.of());
        };
    };

    private VersionedModels() {
    }

    /** The model of one version, written to {@code directory/policy.yaml}. */
    public static Path write(Path directory, String version, String effective) {
        String text = read().replace("version: \"2024.03\"", "version: \"" + version + "\"")
                .replace("effective: 2024-03-01", "effective: " + effective)
                .replace("deliver what you ordered", "deliver what you ordered (" + version + ")");
        return Models.write(directory, text);
    }

    /**
     * Releases 2024.03 and 2024.06 into {@code directory/history} with {@code policyc:release}'s code and
     * writes the current model, 2024.09, to {@code directory/policy.yaml}.
     *
     * @return the current model
     */
    public static Path history(Path directory) {
        Path history = directory.resolve("history");
        try {
            PolicyCompiler compiler = PolicyCompiler.create();
            compiler.release(write(directory.resolve("2024.03"), "2024.03", "2024-03-01"), history);
            compiler.release(write(directory.resolve("2024.06"), "2024.06", "2024-06-01"), history);
        } catch (Exception e) {
            throw new AssertionError("releasing the test versions failed: " + e.getMessage(), e);
        }
        return write(directory, "2024.09", "2024-09-01");
    }

    private static String read() {
        try {
            return Files.readString(BASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
