package io.github.policyc.model;

import java.util.Objects;

/**
 * Markdown text written by the policy's authors, with enough of its origin to map a position inside
 * the text back to the source file.
 *
 * <p>Prose either comes from a YAML scalar or from an included Markdown file. {@code at} is where the
 * first character of the text stands in that source; {@code indent} is the number of columns that
 * every further line is indented by (the block indentation of a YAML literal scalar, 0 for a file).
 *
 * @param text   the Markdown source, with line ends normalised to {@code \n}
 * @param at     the source position of the text's first character
 * @param indent the indentation of the second and later lines in the source
 * @since 0.1.0
 */
public record Prose(String text, Location at, int indent) {

    public Prose {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        if (indent < 0) {
            throw new IllegalArgumentException("indent must not be negative");
        }
    }

    /** Whether the text holds anything but white space. */
    public boolean isBlank() {
        return text.isBlank();
    }

    /**
     * Maps a position inside the text to the source.
     *
     * @param line   1-based line inside the text
     * @param column 1-based column inside that line
     * @return the position in the source file
     */
    public Location locate(int line, int column) {
        if (line <= 1) {
            return new Location(at.file(), at.line(), at.column() + column - 1);
        }
        return new Location(at.file(), at.line() + line - 1, indent + column);
    }

    /** Maps a character offset inside the text to the source. */
    public Location locateOffset(int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return locate(line, end - lineStart + 1);
    }

    @Override
    public String toString() {
        return text;
    }
}
