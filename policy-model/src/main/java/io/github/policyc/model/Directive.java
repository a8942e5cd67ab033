package io.github.policyc.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern SYNTAX = Pattern.compile("\\{\\{\\s*([^{}\\s]*)(?:\\s+([^{}]*?))?\\s*}}");

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

        Kind(boolean block, String argument) {
            this.block = block;
            this.argument = argument;
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
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The tables {@code {{table …}}} can generate. */
    public enum TableKind {
        PURPOSES, CATEGORIES, SUBJECTS, RECIPIENTS, TRANSFERS, RIGHTS, CONTACTS, COOKIES;

        static String names() {
            return String.join(", ", Arrays.stream(values()).map(TableKind::syntaxName).toList());
        }

        /** The name written in prose. */
        public String syntaxName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One {@code {{…}}} found in text, before it is checked. */
    public record Occurrence(String name, String argument, int start, int end) {

        /** The text as written, for messages. */
        public String written(String text) {
            return text.substring(start, end);
        }
    }

    /** Finds every {@code {{…}}} in the text, known or not, in order. */
    public static List<Occurrence> scan(String text) {
        if (text.indexOf("{{") < 0) {
            return List.of();
        }
        List<Occurrence> found = new ArrayList<>();
        Matcher m = SYNTAX.matcher(text);
        while (m.find()) {
            String argument = m.group(2);
            found.add(new Occurrence(m.group(1), argument == null || argument.isEmpty() ? null : argument,
                    m.start(), m.end()));
        }
        return found;
    }

    /**
     * Checks the syntax of an occurrence: a known name with the argument it needs.
     *
     * @throws IllegalArgumentException with a message fit for the user when it is not valid
     */
    public static Directive of(Occurrence occurrence) {
        Kind kind = Arrays.stream(Kind.values())
                .filter(k -> k.syntaxName().equals(occurrence.name()))
                .findFirst()
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
