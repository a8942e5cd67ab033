package io.github.policyc.publish;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

/**
 * Refuses an output directory that would swallow the build's own input. A build replaces its output
 * directory as a whole, so an output directory that is, or contains, the model's directory, the history
 * or a file the model includes would delete them; one inside the history would publish a site among the
 * released versions. The {@code .policyc} marker protects foreign directories; this check protects the
 * input even where an earlier, mistaken build left a marker in it.
 *
 * @since 0.1.0
 */
public final class OutputDirectoryCheck {

    private final Function<Path, String> display;

    /** @param display how a path is shown to the user, such as relative to the project */
    public OutputDirectoryCheck(Function<Path, String> display) {
        this.display = display;
    }

    /**
     * Checks the output directory against the model's directory and the history, before anything is read.
     *
     * @throws PublishException when the output directory is or contains either, or lies inside the history
     */
    public void checkAgainstSources(Path output, Path modelDirectory, Path historyDirectory) throws PublishException {
        Path out = absolute(output);
        Path model = absolute(modelDirectory);
        Path history = absolute(historyDirectory);
        refuseOverlap(out, model, "the model's directory");
        refuseOverlap(out, history, "the history directory");
        if (out.startsWith(history)) {
            throw new PublishException("the output directory " + shown(out) + " lies inside the history directory "
                    + shown(history) + ", which holds only released versions; choose an output directory outside it");
        }
    }

    /**
     * Checks the output directory against every file the model was read from.
     *
     * @throws PublishException when one of them lies inside the output directory
     */
    public void checkAgainstInputs(Path output, Collection<Path> inputs) throws PublishException {
        Path out = absolute(output);
        for (Path input : inputs) {
            Path file = absolute(input);
            if (file.startsWith(out)) {
                throw new PublishException("the output directory " + shown(out) + " holds " + shown(file)
                        + ", which the model includes; a build replaces its output directory as a whole, so choose"
                        + " one that holds none of the model's files");
            }
        }
    }

    private void refuseOverlap(Path out, Path source, String what) throws PublishException {
        if (out.equals(source)) {
            throw new PublishException("the output directory " + shown(out) + " is " + what + "; a build replaces"
                    + " its output directory as a whole, so choose another one");
        }
        if (source.startsWith(out)) {
            throw new PublishException("the output directory " + shown(out) + " contains " + what + " "
                    + shown(source) + "; a build replaces its output directory as a whole, so choose one outside it");
        }
    }

    /** The path as the user knows it; the absolute path where that would be empty (the display root itself). */
    private String shown(Path path) {
        String shown = display.apply(path);
        return "'" + (shown.isEmpty() ? path.toString() : shown) + "'";
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
