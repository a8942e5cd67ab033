package io.github.policyc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example site's model ({@code site-src/src/policy}): real prose, with the typography, Markdown and
 * directives of a published policy. Equivalence tests run an optimised scanner and the implementation it
 * replaced over these files as well as over random text.
 */
public final class ExamplePolicy {

    /** The directory of the example's {@code policy.yaml}, from the policy-model module. */
    public static final Path DIRECTORY = Path.of("../site-src/src/policy");

    private ExamplePolicy() {
    }

    /** The model and its Markdown sections, in walk order; fails if the example is not where it should be. */
    public static List<Path> sourceFiles() {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DIRECTORY)) {
            files = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.size() <= 5) {
            throw new IllegalStateException("the example policy should have more than 5 files in " + DIRECTORY
                    + ", not " + files.size());
        }
        return files;
    }
}
