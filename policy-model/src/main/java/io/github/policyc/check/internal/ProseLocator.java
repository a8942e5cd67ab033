package io.github.policyc.check.internal;

import io.github.policyc.model.Location;
import io.github.policyc.model.Prose;

/**
 * Where each offset of a piece of prose stands in the file it was read from. The prose is the value of
 * a YAML scalar or the text of a Markdown file, and the value is not the source: a folded scalar
 * ({@code >}) joins lines, a block scalar drops their indentation, a double-quoted one reads {@code \"},
 * {@code \n} or {@code \u00e9} as one character and a single-quoted one {@code ''} as {@code '}. So the
 * prose is walked once alongside its source, character by character, runs of white space against runs of
 * white space, escapes against what they stand for; each offset then maps to its source offset, and a
 * {@link LineIndex} of the file turns that into line and column. Where the two cannot be lined up (a
 * source that is not the one read, or a construct this walk does not know), offsets from there on are
 * estimated from the prose's own lines by {@link Prose#locate}.
 */
public final class ProseLocator {

    private final Prose prose;
    /** The source file's text, or {@code null} when unknown or when the prose does not start in it. */
    private final String source;
    private final LineIndex sourceLines;
    /** Where the prose starts in the source. */
    private final int start;
    /** For each offset of the prose up to {@link #aligned} (inclusive), its offset in the source. */
    private int[] sourceOffsets;
    private int aligned = -1;
    private LineIndex proseLines;

    private ProseLocator(Prose prose, String source, LineIndex sourceLines, int start) {
        this.prose = prose;
        this.source = source;
        this.sourceLines = sourceLines;
        this.start = start;
    }

    /**
     * The locator of a piece of prose.
     *
     * @param source      the text of the file the prose was read from, or {@code null} when unknown
     * @param sourceLines the index of {@code source}, shared by the prose of one file
     */
    public static ProseLocator of(Prose prose, String source, LineIndex sourceLines) {
        Location at = prose.at();
        if (source == null || at.line() > sourceLines.lines()) {
            return of(prose);
        }
        int start = sourceLines.start(at.line()) + at.column() - 1;
        if (start > source.length()) {
            return of(prose);
        }
        return new ProseLocator(prose, source, sourceLines, start);
    }

    /** The locator of prose whose source is unknown: estimates only. */
    public static ProseLocator of(Prose prose) {
        return new ProseLocator(prose, null, null, 0);
    }

    /** Where an offset of the prose stands in its source file. */
    public Location locate(int offset) {
        int clamped = Math.min(Math.max(offset, 0), prose.text().length());
        if (sourceOffsets == null && source != null) {
            // Lined up at the first finding, not when the locator is made: most prose has no finding,
            // and the walk of every text was 5% of a check.
            char quote = start > 0 ? source.charAt(start - 1) : ' ';
            sourceOffsets = new int[prose.text().length() + 1];
            aligned = align(prose.text(), source, start, quote == '"', quote == '\'', sourceOffsets);
        }
        if (clamped <= aligned) {
            int at = sourceOffsets[clamped];
            return new Location(prose.at().file(), sourceLines.line(at), sourceLines.column(at));
        }
        if (proseLines == null) {
            proseLines = LineIndex.of(prose.text());
        }
        return prose.locate(proseLines.line(clamped), proseLines.column(clamped));
    }

    /**
     * Lines the text up with the source from {@code start}, filling {@code offsets}.
     *
     * @return the last offset of the text that was lined up
     */
    private static int align(String text, String source, int start, boolean doubleQuoted, boolean singleQuoted,
                             int[] offsets) {
        int i = 0;
        int j = start;
        while (i < text.length() && j < source.length()) {
            char a = text.charAt(i);
            char b = source.charAt(j);
            if (doubleQuoted && b == '\\') {
                char e = j + 1 < source.length() ? source.charAt(j + 1) : '\0';
                if (e == '\n' || e == '\r') {
                    // An escaped line break joins the lines: nothing of it, nor of the next line's indentation, is text.
                    j += 2;
                    while (j < source.length() && (isWhitespace(source.charAt(j)))) {
                        j++;
                    }
                    continue;
                }
                offsets[i++] = j;
                if (e == 'U' && Character.isHighSurrogate(a) && i < text.length()) {
                    offsets[i++] = j; // one escape, two chars of text
                }
                j += e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2;
            } else if (singleQuoted && a == '\'' && b == '\'' && j + 1 < source.length() && source.charAt(j + 1) == '\'') {
                offsets[i++] = j;
                j += 2;
            } else if (isWhitespace(a) && isWhitespace(b)) {
                // A run of white space against a run: folding, indentation and line ends differ inside them,
                // and the runs end together.
                int from = j;
                while (j < source.length() && isWhitespace(source.charAt(j))) {
                    j++;
                }
                while (i < text.length() && isWhitespace(text.charAt(i))) {
                    offsets[i++] = Math.min(from++, j);
                }
            } else if (a == b) {
                offsets[i++] = j++;
            } else {
                offsets[i] = j;
                return i;
            }
        }
        offsets[i] = Math.min(j, source.length());
        return i;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
