package io.github.policyc.testing;

import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.load.Problem;
import io.github.policyc.model.PolicyModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes models to temporary directories and loads them, for tests. */
public final class Models {

    /** The complete fixture model, which uses every part of the format. */
    public static final Path FULL = Path.of("src/test/resources/models/full/policy.yaml");

    /** The smallest valid model, to which tests append what they need. */
    public static final String MINIMAL = """
            policy:
              id: test
              title: Privacy Policy
              version: "1"
              effective: 2024-03-01
            controller:
              name: Test Ltd
            """;

    private Models() {
    }

    /** Loads the complete fixture. */
    public static PolicyModel full() {
        try {
            return PolicyLoader.create().load(FULL);
        } catch (ModelException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Writes {@code policy.yaml} with the given text into {@code directory} and returns its path. */
    public static Path write(Path directory, String yaml) {
        return write(directory, "policy.yaml", yaml);
    }

    /** Writes a file under {@code directory}, creating parent directories. */
    public static Path write(Path directory, String name, String text) {
        try {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a model that must be valid, showing paths relative to its directory. */
    public static PolicyModel load(Path directory, String yaml) {
        try {
            return loader(directory).load(write(directory, yaml));
        } catch (ModelException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Loads a model that must be invalid and returns its problems as {@code file:line:col: message}. */
    public static List<String> problems(Path directory, String yaml) {
        Path file = write(directory, yaml);
        try {
            loader(directory).load(file);
        } catch (ModelException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the model loaded, but problems were expected");
    }

    private static PolicyLoader loader(Path directory) {
        return PolicyLoader.create().withDisplayRoot(directory);
    }
}
