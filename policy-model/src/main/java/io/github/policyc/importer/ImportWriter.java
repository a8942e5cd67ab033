package io.github.policyc.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link ImportResult} to a model directory: {@code policy.yaml}, {@code sections/*.md} and the
 * source map, which names the original relative to that directory. An existing model is never
 * overwritten unless asked: not {@code policy.yaml}, not a section file, not a source map.
 *
 * @since 0.1.0
 */
public final class ImportWriter {

    private final boolean force;

    private ImportWriter(boolean force) {
        this.force = force;
    }

    /** A writer that refuses to overwrite any file. */
    public static ImportWriter create() {
        return new ImportWriter(false);
    }

    /** This writer, overwriting the files it writes when {@code force} is set. It never deletes other files. */
    public ImportWriter withForce(boolean force) {
        return new ImportWriter(force);
    }

    /**
     * Writes the files.
     *
     * @return the files written, in order
     * @throws ImportException when a file would be overwritten and force is not set; nothing is written then
     * @throws IOException     when writing fails
     */
    public List<Path> write(ImportResult result, Path directory) throws ImportException, IOException {
        Path root = directory.toAbsolutePath().normalize();
        SourceMap map = result.sourceMap().withOriginal(relative(root, result.sourceMap().original()));
        ImportResult placed = new ImportResult(result.format(), result.policyYaml(), result.sections(), map,
                result.summary());
        Map<String, String> files = placed.files();
        if (!force) {
            for (String file : files.keySet()) {
                if (Files.exists(root.resolve(file))) {
                    throw new ImportException(root.resolve(file) + " already exists; import into another directory,"
                            + " or allow overwriting the model there", root.resolve(file));
                }
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            written.add(target);
        }
        return written;
    }

    /** The original's path relative to the model's directory, {@code /}-separated, or absolute when it cannot be. */
    private static String relative(Path root, String original) {
        try {
            Path path = Path.of(original).toAbsolutePath().normalize();
            Path relative = root.relativize(path);
            return relative.toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // InvalidPathException, or paths on different roots
            return original;
        }
    }
}
