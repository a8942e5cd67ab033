package io.github.policyc.load.internal;

import io.github.policyc.load.LoadLimits;
import io.github.policyc.model.Location;
import io.github.policyc.model.Prose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads the Markdown files a model includes with {@code {file: …}}.
 *
 * <p>An included file must lie inside the model's directory: absolute paths, {@code ..} and symbolic
 * links that lead out of it are refused, so that a model cannot publish arbitrary files from the
 * machine that builds it.
 */
public final class Includes {

    private final Path root;
    private final Function<Path, String> display;
    private final SourceFiles files;
    private final LoadLimits limits;
    private final Problems problems;
    private int count;
    private Path realRoot;

    /**
     * @param root    the directory included files are resolved against and must stay inside
     * @param display how a file is shown to the user
     */
    public Includes(Path root, Function<Path, String> display, SourceFiles files, LoadLimits limits,
                    Problems problems) {
        this.root = root.toAbsolutePath().normalize();
        this.display = display;
        this.files = files;
        this.limits = limits;
        this.problems = problems;
    }

    /** Reads the file a scalar names, or records a problem and returns {@code null}. */
    public Prose read(ScalarNode pathNode) {
        Path file = resolve(pathNode);
        if (file == null) {
            return null;
        }
        if (++count > limits.maxIncludes()) {
            problems.add(pathNode.at(), "more than " + limits.maxIncludes() + " included files");
            return null;
        }
        String shown = display.apply(file);
        String text = files.readMarkdown(file, shown, pathNode.at());
        return text == null ? null : new Prose(text, Location.startOf(shown), 0);
    }

    private Path resolve(ScalarNode pathNode) {
        String written = pathNode.text();
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            problems.add(pathNode.at(), "'" + written + "' is not a valid file path");
            return null;
        }
        if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
            problems.add(pathNode.at(), "included file '" + written
                    + "' must be a path relative to the model's directory, not an absolute one");
            return null;
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            problems.add(pathNode.at(), "included file '" + written + "' lies outside the model's directory");
            return null;
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            // What does not exist (Files.exists) is reported when it is read; the rest cannot be read here.
            if (!Files.exists(file)) {
                return file;
            }
            problems.add(pathNode.at(), "cannot read included file '" + written + "': " + e.getMessage());
            return null;
        }
        try {
            if (!real.startsWith(realRoot())) {
                problems.add(pathNode.at(), "included file '" + written
                        + "' is a link to a file outside the model's directory");
                return null;
            }
        } catch (IOException e) {
            problems.add(pathNode.at(), "cannot read included file '" + written + "': " + e.getMessage());
            return null;
        }
        return file;
    }

    /** The model's directory with every link resolved, found once for all the files a model includes. */
    private Path realRoot() throws IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return realRoot;
    }
}
