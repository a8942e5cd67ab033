package io.github.policyc.importer.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the document's text as YAML that reads back as exactly that text, whatever it holds: quotes,
 * {@code : }, {@code #}, {@code {{}, leading dashes, backslashes, control characters. Single lines are
 * double-quoted with every special character escaped; Markdown of several lines is a literal block,
 * which the importer only writes from normalised lines (no control characters, no line starting with a
 * space where indentation would be guessed).
 */
public final class YamlText {

    /** What an id or slug can stand as plain: letters, digits, {@code -} and {@code _}, not a dash first. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*+");

    /** Plain scalars of those characters that YAML reads as a number or a date, not as a string. */
    private static final Pattern NOT_A_STRING = Pattern.compile("[0-9][0-9_]*+|0[xX][0-9a-fA-F_]++|0[bB][01_]++"
            + "|0[oO][0-7_]++|[0-9][0-9_]*+[eE][-+]?[0-9]++|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}");

    /** The words YAML 1.1 and 1.2 read as null or a boolean, whatever their case. */
    private static final Set<String> RESERVED = Set.of("null", "true", "false", "yes", "no",
            "on", "off", "y", "n");

    private YamlText() {
    }

    /** A double-quoted scalar; each escape keeps the origin of the character it stands for. */
    public static LocatedText quoted(LocatedText value) {
        LocatedText.Builder out = LocatedText.builder().append('"', LocatedText.GENERATED, true);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int origin = value.origin(i);
            String escape = escape(value.text(), i);
            if (escape == null) {
                out.append(c, origin, value.isMarkup(i));
            } else {
                for (int j = 0; j < escape.length(); j++) {
                    out.append(escape.charAt(j), origin, true);
                }
            }
        }
        return out.append('"', LocatedText.GENERATED, true).build();
    }

    /** A double-quoted scalar of text the importer wrote. */
    public static String quoted(String value) {
        return quoted(LocatedText.markup(value)).text();
    }

    /**
     * An id or other short value the importer made, plain when YAML reads it back as that very string,
     * else double-quoted. Plain only for letters, digits, {@code -} and {@code _}, not a dash first, and
     * neither one of the words YAML 1.1 reads as null or a boolean ({@code null}, {@code yes}, {@code off},
     * …) nor a number or a date: an address such as {@code null@null.org} gives the id {@code null}, which
     * plain would be no id at all, and {@code 123}, {@code 0x1f} or {@code 2024-03-01} would not be
     * strings. Anything else, {@code ~}, {@code *}, {@code &}, {@code !}, {@code @}, {@code : } and
     * {@code  #} included, is quoted. (Ids that were plain before stay plain, so skeletons keep their text.)
     */
    public static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && !NOT_A_STRING.matcher(value).matches();
        return plain ? value : quoted(value);
    }

    /** A comment's text on one line: line breaks become spaces. */
    public static String comment(String text) {
        return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").replaceAll("\\p{Cc}", "").strip();
    }

    /** The escape for the character at {@code i}, or {@code null} when it stands as it is. */
    private static String escape(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\u0085':
                return "\\N";
            case '\u00A0':
                return null;
            case '\u2028':
                return "\\L";
            case '\u2029':
                return "\\P";
            default:
                break;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return String.format("\\x%02X", (int) c);
        }
        if (c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
            return String.format("\\u%04X", (int) c);
        }
        if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
            // Not text at all; YAML cannot hold it, so it is written as the replacement character.
            return "\\uFFFD";
        }
        return null;
    }
}
