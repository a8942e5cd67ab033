package io.github.policyc.importer.internal;

import io.github.policyc.importer.SourceMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A generated file being written, each character with its origin in the original document, so that
 * its {@link SourceMap} lines can be computed once it is complete.
 */
public final class MappedText {

    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[256];
    /** Whether a character is the original's, copied; otherwise it is generated, perhaps standing for a place. */
    private boolean[] copied = new boolean[256];

    /** Appends text the importer wrote. */
    public MappedText append(String generated) {
        return append(generated, LocatedText.GENERATED);
    }

    /** Appends text the importer wrote that stands for the original at {@code origin}. */
    public MappedText append(String generated, int origin) {
        for (int i = 0; i < generated.length(); i++) {
            add(generated.charAt(i), origin, false);
        }
        return this;
    }

    /** Appends located text: its literal characters are copies, its markup stands for its origins. */
    public MappedText append(LocatedText located) {
        for (int i = 0; i < located.length(); i++) {
            add(located.charAt(i), located.origin(i), !located.isMarkup(i) && located.origin(i) != LocatedText.GENERATED);
        }
        return this;
    }

    public MappedText newline() {
        return append("\n");
    }

    public String text() {
        return text.toString();
    }

    /** The map of every line that holds text with an origin. */
    public List<SourceMap.Line> lines(SourceText source) {
        List<SourceMap.Line> lines = new ArrayList<>();
        int lineStart = 0;
        int number = 1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                List<SourceMap.Segment> segments = segments(source, lineStart, i);
                if (!segments.isEmpty()) {
                    lines.add(new SourceMap.Line(number, SourceMap.hash(text.substring(lineStart, i)), segments));
                }
                number++;
                lineStart = i + 1;
            }
        }
        return lines;
    }

    /**
     * The segments of the line {@code [start, end)}: runs of characters copied one for one from one line of
     * the original, and runs of generated characters that all stand for one place.
     */
    private List<SourceMap.Segment> segments(SourceText source, int start, int end) {
        List<SourceMap.Segment> segments = new ArrayList<>();
        int runStart = -1;
        int runOrigin = 0;
        int runLength = 0;
        boolean runCopied = false;
        for (int i = start; i <= end; i++) {
            int origin = i < end ? origins[i] : LocatedText.GENERATED;
            boolean isCopied = i < end && copied[i];
            if (runStart >= 0 && origin != LocatedText.GENERATED && isCopied == runCopied) {
                boolean extends_ = runCopied
                        ? origin == runOrigin + runLength && source.lineOf(origin) == source.lineOf(runOrigin)
                        : origin == runOrigin;
                if (extends_) {
                    runLength++;
                    continue;
                }
            }
            if (runStart >= 0) {
                segments.add(new SourceMap.Segment(runStart - start + 1, source.lineOf(runOrigin),
                        source.columnOf(runOrigin), runCopied ? runLength : 0));
                runStart = -1;
            }
            if (origin != LocatedText.GENERATED) {
                runStart = i;
                runOrigin = origin;
                runLength = 1;
                runCopied = isCopied;
            }
        }
        return segments;
    }

    private void add(char c, int origin, boolean isCopied) {
        if (text.length() == origins.length) {
            origins = Arrays.copyOf(origins, origins.length * 2);
            copied = Arrays.copyOf(copied, copied.length * 2);
        }
        origins[text.length()] = origin;
        copied[text.length()] = isCopied;
        text.append(c);
    }
}
