package io.github.policyc.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a source file: the file as shown to the user, and a 1-based line and column.
 *
 * <p>Every part of a loaded model carries the location of the YAML node (or Markdown file) it came
 * from, so that problems and findings can point at the line a user has to change.
 *
 * @param file   the file, as it should be shown to the user (usually relative to the working directory)
 * @param line   the line, starting at 1
 * @param column the column, starting at 1
 * @since 0.1.0
 */
public record Location(String file, int line, int column) {

    /** The order a reader meets places in: by file, then line, then column. */
    public static final Comparator<Location> READING_ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line).thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** The start of {@code file}. */
    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    /** {@code file:line:column}, the form compilers use and editors and CI systems link. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
