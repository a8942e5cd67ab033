package io.github.policyc.importer.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The original document's text, with line ends normalised to {@code \n}, and the arithmetic from a
 * character offset to a 1-based line and column. Columns count UTF-16 code units, as
 * {@link io.github.policyc.model.Location} and most editors do.
 */
public final class SourceText {

    private final String name;
    private final String text;
    private final int[] lineStarts;

    /**
     * @param name the file name shown to the user
     * @param text the content; {@code \r\n} and {@code \r} are normalised to {@code \n}, a leading
     *             byte-order mark is dropped. Line and column numbers are unchanged by either.
     */
    public SourceText(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        this.text = normalised.startsWith("\uFEFF") ? normalised.substring(1) : normalised;
        this.lineStarts = lineStarts(this.text);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The number of lines. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The text of a 1-based line, without its line end. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(start, end);
    }

    /** The 1-based line of an offset. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 1-based column of an offset. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[lineOf(clamped) - 1] + 1;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
