package io.github.policyc.check.internal;

import java.util.Arrays;

/**
 * Where the lines of a text start, to turn an offset into a 1-based line and column in O(log n): the one
 * place the checks do this, so that a finding costs no scan of the text before it.
 */
public final class LineIndex {

    private final int[] starts;
    private final int length;

    private LineIndex(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    /** The index of a text whose lines end at {@code \n} (a {@code \r} before it counts as a column). */
    public static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineIndex(Arrays.copyOf(starts, count), text.length());
    }

    /** The number of lines. */
    public int lines() {
        return starts.length;
    }

    /** The offset where a 1-based line starts. */
    public int start(int line) {
        return starts[line - 1];
    }

    /** The 1-based line of an offset; offsets past the end count as the end. */
    public int line(int offset) {
        int at = Arrays.binarySearch(starts, Math.min(Math.max(offset, 0), length));
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The 1-based column of an offset within its line. */
    public int column(int offset) {
        int clamped = Math.min(Math.max(offset, 0), length);
        return clamped - starts[line(clamped) - 1] + 1;
    }
}
