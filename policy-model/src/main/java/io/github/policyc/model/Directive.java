package io.github.policyc.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A generated element that prose asks for with {@code {{name argument}}}.
 *
 * <p>Block directives stand alone in their own paragraph and are replaced by generated content, for
 * example {@code {{table purposes}}}. Inline directives sit inside a sentence, for example
 * {@code email {{contact dpo}}} becomes a link to the contact's address.
 *
 * @param kind     which element
 * @param argument the argument, or {@code null} for kinds that take none
 * @since 0.1.0
 */
public record Directive(Kind kind, String argument) {

    // Two braces, anything but braces, two braces; the name and the argument are split in code. A pattern
    // that split them itself (\s*name(\s+argument)?\s*) could share a run of white space between its
    // parts in every possible way, and tried them all: O(n^4) time on "{{", a long run of spaces and no
    // "}}". The possessive [^{}]*+ gives nothing back, so each "{{" costs at most the text to the next brace.
    private static final Pattern SYNTAX = Pattern.compile("\\{\\{([^{}]*+)}}");

    /** The kinds by the name written in prose: every directive in every text of a model is looked up. */
    private static final Map<String, Kind> KINDS_BY_NAME = Arrays.stream(Kind.values())
            .collect(Collectors.toUnmodifiableMap(Kind::syntaxName, kind -> kind));

    /** The kinds of directive. */
    public enum Kind {
        /** A table of one part of the model: {@code {{table purposes}}}. */
        TABLE(true, "a table name: " + TableKind.names()),
        /** Every purpose in full, one subsection each. */
        PURPOSES(true, null),
        /** Every right in full, with how to exercise it. */
        RIGHTS(true, null),
        /** The controller's identity: name, registration and registered office. */
        CONTROLLER(true, null),
        /** The supervisory authority and how to complain to it. */
        AUTHORITY(true, null),
        /** The cookie inventory, one table per category. */
        COOKIES(true, null),
        /**
         * The data map: a picture of whose data, which data, for which purposes, to which recipients and
         * where, followed by the same in words.
         */
        DATAMAP(true, null),
        /** A link to a contact: {@code {{contact dpo}}}. */
        CONTACT(false, "a contact id"),
        /** A link to a generated page: {@code {{page cookies}}} or {@code {{page privacy}}}. */
        PAGE(false, "a page: privacy, cookies");

        private final boolean block;
        private final String argument;
        private final String syntaxName;

        Kind(boolean block, String argument) {
            this.block = block;
            this.argument = argument;
            this.syntaxName = name().toLowerCase(Locale.ROOT);
        }

        /** Whether the directive must stand alone in its own paragraph. */
        public boolean isBlock() {
            return block;
        }

        /**
         * Whether the directive can appear only once per page: its parts have ids (a section per purpose,
         * per right, per cookie category; the data map's title), which a second copy would repeat.
         */
        public boolean isOncePerPage() {
            return this == PURPOSES || this == RIGHTS || this == COOKIES || this == DATAMAP;
        }

        /** What the argument must be, or {@code null} when the kind takes none. */
        public String argumentDescription() {
            return argument;
        }

        /** The name written in prose. */
        public String syntaxName() {
            return syntaxName;
        }
    }

    /** The tables {@code {{table …}}} can generate. */
    public enum TableKind {
        PURPOSES, CATEGORIES, SUBJECTS, RECIPIENTS, TRANSFERS, RIGHTS, CONTACTS, COOKIES;

        private final String syntaxName = name().toLowerCase(Locale.ROOT);

        static String names() {
            return String.join(", ", Arrays.stream(values()).map(TableKind::syntaxName).toList());
        }

        /** The name written in prose. */
        public String syntaxName() {
            return syntaxName;
        }
    }

    /** One {@code {{…}}} found in text, before it is checked. */
    public record Occurrence(String name, String argument, int start, int end) {

        /** The text as written, for messages. */
        public String written(String text) {
            return text.substring(start, end);
        }
    }

    /**
     * Finds every {@code {{…}}} in the text, known or not, in order: what {@link #SYNTAX} finds, by a loop
     * that visits only the places where a {@code "{{"} starts (the pattern was tried at every offset).
     */
    public static List<Occurrence> scan(String text) {
        int open = text.indexOf("{{");
        if (open < 0) {
            return List.of();
        }
        List<Occurrence> found = new ArrayList<>();
        while (open >= 0) {
            int close = open + 2;
            while (close < text.length() && text.charAt(close) != '{' && text.charAt(close) != '}') {
                close++;
            }
            if (text.startsWith("}}", close)) {
                found.add(occurrence(text, open + 2, close, open, close + 2));
                open = text.indexOf("{{", close + 2);
            } else {
                open = text.indexOf("{{", open + 1);
            }
        }
        return found;
    }

    /**
     * The pattern {@link #scan} must equal, tried with {@link Matcher#find()}. Kept for the test that holds
     * the two to the same answers on random text and on the example policy.
     */
    static List<Occurrence> scanWithPattern(String text) {
        List<Occurrence> found = new ArrayList<>();
        Matcher m = SYNTAX.matcher(text);
        while (m.find()) {
            found.add(occurrence(text, m.start(1), m.end(1), m.start(), m.end()));
        }
        return found;
    }

    /**
     * The name and argument written between {@code from} and {@code to}: the name is the first run of
     * characters that are not white space, the argument what follows the white space after it, without
     * the white space at its end, or {@code null} when nothing follows.
     */
    private static Occurrence occurrence(String text, int from, int to, int start, int end) {
        int nameStart = skipSpace(text, from, to);
        int nameEnd = nameStart;
        while (nameEnd < to && !isSpace(text.charAt(nameEnd))) {
            nameEnd++;
        }
        int argumentStart = skipSpace(text, nameEnd, to);
        int argumentEnd = to;
        while (argumentEnd > argumentStart && isSpace(text.charAt(argumentEnd - 1))) {
            argumentEnd--;
        }
        String argument = argumentStart < argumentEnd ? text.substring(argumentStart, argumentEnd) : null;
        return new Occurrence(text.substring(nameStart, nameEnd), argument, start, end);
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** White space as {@code \s} means it in a pattern, which is what directives were always split at. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The directive an occurrence asks for, or empty when it is not a valid one: for those that skip what
     * does not parse, such as the renderer (the loader has already reported it) and the checks.
     */
    public static Optional<Directive> parse(Occurrence occurrence) {
        try {
            return Optional.of(of(occurrence));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks the syntax of an occurrence: a known name with the argument it needs.
     *
     * @throws IllegalArgumentException with a message fit for the user when it is not valid
     */
    public static Directive of(Occurrence occurrence) {
        Kind kind = Optional.ofNullable(occurrence.name() == null ? null : KINDS_BY_NAME.get(occurrence.name()))
                .orElseThrow(() -> new IllegalArgumentException("unknown directive '{{" + occurrence.name()
                        + "}}'; known ones are " + String.join(", ",
                        Arrays.stream(Kind.values()).map(Kind::syntaxName).toList())));
        String argument = occurrence.argument();
        if (kind.argumentDescription() == null) {
            if (argument != null) {
                throw new IllegalArgumentException("'{{" + kind.syntaxName() + "}}' takes no argument");
            }
            return new Directive(kind, null);
        }
        if (argument == null) {
            throw new IllegalArgumentException("'{{" + kind.syntaxName() + " …}}' needs "
                    + kind.argumentDescription());
        }
        if (kind == Kind.TABLE && Arrays.stream(TableKind.values()).noneMatch(t -> t.syntaxName().equals(argument))) {
            throw new IllegalArgumentException("'{{table " + argument + "}}' names no table; expected "
                    + kind.argumentDescription());
        }
        if (kind == Kind.PAGE && !argument.equals("privacy") && !argument.equals("cookies")) {
            throw new IllegalArgumentException("'{{page " + argument + "}}' names no page; expected "
                    + kind.argumentDescription());
        }
        return new Directive(kind, argument);
    }

    /** The table a {@link Kind#TABLE} directive asks for. */
    public TableKind table() {
        if (kind != Kind.TABLE) {
            throw new IllegalStateException("not a table directive: " + this);
        }
        return TableKind.valueOf(argument.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "{{" + kind.syntaxName() + (argument == null ? "" : " " + argument) + "}}";
    }
}
