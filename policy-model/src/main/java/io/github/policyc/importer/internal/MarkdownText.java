package io.github.policyc.importer.internal;

import java.util.regex.Pattern;

/**
 * Escapes the document's text for Markdown, so that it renders as the words it is: {@code *}, {@code _},
 * {@code [}, {@code <} and the like stay characters, a line starting with {@code #} or {@code 1.} stays a
 * paragraph. Markup the importer wrote is left alone. Every escape keeps the origin of the character it
 * escapes.
 *
 * <p>A {@code {{} pair would read as a directive, and a backslash does not prevent that (the renderer
 * sees the unescaped text), so a zero-width space is put between the braces: the text reads the same and
 * stays text.
 */
public final class MarkdownText {

    /** Separates {@code {{} so that it is not a directive. */
    static final char BRACE_BREAK = '\u200B';

    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^[0-9]{1,9}[.)](?:\\s|$)");

    private MarkdownText() {
    }

    /** Escapes text that stands inside a line. */
    public static LocatedText inline(LocatedText text) {
        LocatedText.Builder out = LocatedText.builder();
        String s = text.text();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int origin = text.origin(i);
            if (text.isMarkup(i)) {
                out.append(c, origin, true);
                continue;
            }
            switch (c) {
                case '\\', '*', '`', '[', ']', '<' -> escaped(out, c, origin);
                case '_' -> {
                    if (i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                            && Character.isLetterOrDigit(s.charAt(i + 1))) {
                        out.append(c, origin, false);
                    } else {
                        escaped(out, c, origin);
                    }
                }
                case '&' -> {
                    if (ENTITY.matcher(s).region(i, s.length()).lookingAt()) {
                        escaped(out, c, origin);
                    } else {
                        out.append(c, origin, false);
                    }
                }
                case '{' -> {
                    out.append(c, origin, false);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{' && !text.isMarkup(i + 1)) {
                        out.append(BRACE_BREAK, LocatedText.GENERATED, true);
                    }
                }
                default -> out.append(c, origin, false);
            }
        }
        return out.build();
    }

    /** Escapes what would make a line start a heading, a list, a quote, a rule or a fence. Give it escaped text. */
    public static LocatedText lineStart(LocatedText line) {
        if (line.isEmpty() || line.isMarkup(0)) {
            return line;
        }
        String s = line.text();
        char c = s.charAt(0);
        if (c == '#' || c == '>' || c == '~' && s.startsWith("~~~")
                || (c == '-' || c == '+') && (s.length() == 1 || s.charAt(1) == ' ')
                || isRuleOrUnderline(s)) {
            return LocatedText.builder().append('\\', line.origin(0), true).append(line).build();
        }
        if (Character.isDigit(c) && ORDERED_MARKER.matcher(s).find()) {
            int marker = 0;
            while (Character.isDigit(s.charAt(marker))) {
                marker++;
            }
            return LocatedText.builder().append(line.sub(0, marker)).append('\\', line.origin(marker), true)
                    .append(line.sub(marker)).build();
        }
        return line;
    }

    /**
     * Whether a line is only {@code - = _ *} and white space, starting with one of them: a thematic break
     * or a Setext underline to Markdown. (The pattern {@code ^(?:[-=_*]\s*)+$} recursed once per character
     * and overflowed the stack on a line of a few thousand dashes.)
     */
    private static boolean isRuleOrUnderline(String line) {
        if (line.isEmpty() || "-=_*".indexOf(line.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("-=_*".indexOf(c) < 0 && " \t\n\u000B\f\r".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A line of a paragraph or list item: escaped, safe at the start of a line. */
    public static LocatedText line(LocatedText text) {
        return lineStart(inline(text));
    }

    /** The text of an ATX heading: escaped, with trailing {@code #} kept as text. */
    public static LocatedText heading(LocatedText text) {
        LocatedText escaped = inline(text);
        int end = escaped.length();
        while (end > 0 && escaped.charAt(end - 1) == '#' && !escaped.isMarkup(end - 1)) {
            end--;
        }
        if (end == escaped.length()) {
            return escaped;
        }
        LocatedText.Builder out = LocatedText.builder().append(escaped.sub(0, end));
        for (int i = end; i < escaped.length(); i++) {
            out.append('\\', escaped.origin(i), true).append('#', escaped.origin(i), false);
        }
        return out.build();
    }

    /** A backslash that stands for the character, then the character itself, copied. */
    private static void escaped(LocatedText.Builder out, char c, int origin) {
        out.append('\\', origin, true).append(c, origin, false);
    }
}
