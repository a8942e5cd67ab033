package io.github.policyc.importer.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Text that remembers, character by character, where it came from in the original document, so that
 * the files generated from it can be mapped back.
 *
 * <p>Each character has an origin, the offset in the {@link SourceText} it was copied from, or
 * {@link #GENERATED} for text the importer wrote itself. Each character is also either <em>literal</em>
 * (the document's own text, which Markdown and YAML output must escape) or <em>markup</em> (syntax the
 * importer produced, such as the brackets of a link, written as it is). Markup may carry an origin too:
 * {@code {{contact dpo}}} stands for the email address it replaced, so all its characters point at
 * the address's first character.
 */
public final class LocatedText implements CharSequence {

    /** The origin of text the importer wrote itself. */
    public static final int GENERATED = -1;

    private static final LocatedText EMPTY = new LocatedText("", new int[0], new boolean[0]);

    private final String text;
    private final int[] origins;
    private final boolean[] markup;

    private LocatedText(String text, int[] origins, boolean[] markup) {
        this.text = text;
        this.origins = origins;
        this.markup = markup;
    }

    public static LocatedText empty() {
        return EMPTY;
    }

    /** Literal text copied from the document at {@code start} onwards, one character for one. */
    public static LocatedText of(String text, int start) {
        int[] origins = new int[text.length()];
        for (int i = 0; i < origins.length; i++) {
            origins[i] = start + i;
        }
        return new LocatedText(text, origins, new boolean[text.length()]);
    }

    /** Markup the importer wrote, standing for nothing in the document. */
    public static LocatedText markup(String text) {
        return anchored(text, GENERATED);
    }

    /** Markup that stands for the document's text at {@code origin}, such as a directive for an address. */
    public static LocatedText anchored(String text, int origin) {
        int[] origins = new int[text.length()];
        Arrays.fill(origins, origin);
        boolean[] markup = new boolean[text.length()];
        Arrays.fill(markup, true);
        return new LocatedText(text, origins, markup);
    }

    public static LocatedText join(List<LocatedText> parts, LocatedText separator) {
        Builder out = builder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(parts.get(i));
        }
        return out.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public LocatedText subSequence(int start, int end) {
        return sub(start, end);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Where the character at {@code index} came from, or {@link #GENERATED}. */
    public int origin(int index) {
        return origins[index];
    }

    /** Whether the character at {@code index} is markup rather than the document's text. */
    public boolean isMarkup(int index) {
        return markup[index];
    }

    /** The origin of the first character that has one, or {@link #GENERATED}. */
    public int start() {
        for (int origin : origins) {
            if (origin != GENERATED) {
                return origin;
            }
        }
        return GENERATED;
    }

    public LocatedText sub(int from, int to) {
        return new LocatedText(text.substring(from, to), Arrays.copyOfRange(origins, from, to),
                Arrays.copyOfRange(markup, from, to));
    }

    public LocatedText sub(int from) {
        return sub(from, text.length());
    }

    /** This text with {@code [from, to)} replaced. */
    public LocatedText replace(int from, int to, LocatedText with) {
        return builder().append(sub(0, from)).append(with).append(sub(to)).build();
    }

    /** This text followed by {@code other}. */
    public LocatedText concat(LocatedText other) {
        return builder().append(this).append(other).build();
    }

    /**
     * The text as readers see it: runs of white space (line ends, tabs, no-break spaces included) become
     * one space, invisible control characters and lone surrogates are dropped, and the ends are
     * stripped. Markup is left alone.
     */
    public LocatedText normalise() {
        Builder out = builder();
        boolean pendingSpace = false;
        int spaceOrigin = GENERATED;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!markup[i] && isSpace(c)) {
                if (!pendingSpace) {
                    pendingSpace = true;
                    spaceOrigin = origins[i];
                }
                continue;
            }
            if (!markup[i] && isInvisible(text, i)) {
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ', spaceOrigin, false);
            }
            pendingSpace = false;
            out.append(c, origins[i], markup[i]);
        }
        return out.build();
    }

    /** The document's own text alone: markup, such as link syntax, dropped. */
    public LocatedText plain() {
        Builder out = builder();
        for (int i = 0; i < text.length(); i++) {
            if (!markup[i]) {
                out.append(text.charAt(i), origins[i], false);
            }
        }
        return out.build().normalise();
    }

    /** This text without white space at either end. */
    public LocatedText strip() {
        int from = 0;
        int to = text.length();
        while (from < to && !markup[from] && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && !markup[to - 1] && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : sub(from, to);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return Character.getType(c) == Character.CONTROL || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }

    /** Builds located text piece by piece. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] origins = new int[16];
        private boolean[] markup = new boolean[16];

        public Builder append(char c, int origin, boolean isMarkup) {
            if (text.length() == origins.length) {
                origins = Arrays.copyOf(origins, origins.length * 2);
                markup = Arrays.copyOf(markup, markup.length * 2);
            }
            origins[text.length()] = origin;
            markup[text.length()] = isMarkup;
            text.append(c);
            return this;
        }

        public Builder append(LocatedText part) {
            for (int i = 0; i < part.length(); i++) {
                append(part.charAt(i), part.origin(i), part.isMarkup(i));
            }
            return this;
        }

        /** Appends markup the importer wrote. */
        public Builder markup(String part) {
            return append(LocatedText.markup(part));
        }

        public int length() {
            return text.length();
        }

        public LocatedText build() {
            return new LocatedText(text.toString(), Arrays.copyOf(origins, text.length()),
                    Arrays.copyOf(markup, text.length()));
        }
    }
}
