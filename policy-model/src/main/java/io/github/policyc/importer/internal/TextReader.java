package io.github.policyc.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy published as plain text, such as a web page copied from a browser, and recovers its
 * structure from the shape of its lines. The rules are general rather than fitted to one document:
 *
 * <ul>
 *   <li>a hard-wrapped document (no line longer than 100 characters, several lines "full") has its
 *       paragraphs joined again: a line joins the one before when its first word would not have fitted;
 *   <li>a line starting with a bullet ({@code •}, {@code -}, {@code *}, …) or a number ({@code 1.},
 *       {@code (a)}) is a list item;
 *   <li>three or more consecutive short lines (two after a line ending in a colon), set off by blank
 *       lines, are a list, unless they end with a question mark;
 *   <li>a line ending with a question mark is a heading; so is a short line without a sentence-final
 *       period that starts with a capital and is followed by a longer paragraph, a line ending in a colon,
 *       a list or another heading; and, in a document whose paragraphs are separated by blank lines, a short one-sentence
 *       line after a blank line that runs straight into a longer paragraph;
 *   <li>questions, and headings followed by a blank line, start sections; a heading that runs straight
 *       into its text, or that follows another heading directly, is a heading inside a section;
 *   <li>the title is the first heading when it reads like one ("Privacy Policy", "Cookie notice") or
 *       when a heading that starts a section follows it.
 * </ul>
 */
public final class TextReader {

    private static final int MAX_HEADING_WORDS = 12;
    private static final int MAX_HEADING_CHARS = 100;
    private static final int MAX_QUESTION_WORDS = 20;
    private static final int MAX_SENTENCE_HEADING_WORDS = 10;
    private static final int MAX_SENTENCE_HEADING_CHARS = 70;
    private static final int MAX_LIST_LINE_WORDS = 16;
    private static final int MAX_LIST_LINE_CHARS = 120;
    private static final int MAX_WRAP_WIDTH = 100;

    private static final Pattern BULLET = Pattern.compile(
            "^(?:[•·●○◦▪▫■□‣⁃∙➢➤►▶✓✔*+\\-–—])\\s+(?=\\S)");
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:\\d{1,3}[.)]|[a-z]\\)|\\((?:\\d{1,3}|[a-z]|[ivx]{1,4})\\))\\s+(?=\\S)");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(?:.*\\b(?:privacy|cookies?|data protection|gdpr|personal data)\\b.*\\b(?:policy|notice|statement)\\b.*"
                    + "|privacy|privacy and cookies)$");

    private enum Kind { BLANK, TEXT, BULLET, NUMBERED }

    /** A line once wrapped lines are joined: its text without list marker, and what it is. */
    private record Line(Kind kind, LocatedText text, LocatedText whole, int indent) {

        int words() {
            return whole.isEmpty() ? 0 : whole.text().split(" ").length;
        }

        int length() {
            return whole.length();
        }

        boolean endsWith(String suffix) {
            return whole.text().endsWith(suffix);
        }
    }

    private final List<Line> lines;
    private final boolean blankStructured;
    private final boolean[] list;
    private final boolean[] heading;

    private TextReader(List<Line> lines) {
        this.lines = lines;
        long blanks = lines.stream().filter(l -> l.kind() == Kind.BLANK).count();
        this.blankStructured = blanks * 5 >= lines.size() - blanks;
        this.list = new boolean[lines.size()];
        this.heading = new boolean[lines.size()];
    }

    /** Reads the document's structure. */
    public static ParsedDocument read(SourceText source) {
        TextReader reader = new TextReader(classify(unwrap(source)));
        return reader.parse();
    }

    private ParsedDocument parse() {
        findLists();
        findHeadings();
        int title = findTitle();
        int[] levels = levels(title);
        List<Block> blocks = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == title || line.kind() == Kind.BLANK) {
                continue;
            }
            if (heading[i]) {
                blocks.add(new Block.Heading(levels[i], line.whole()));
                indents.clear();
            } else if (line.kind() == Kind.BULLET || line.kind() == Kind.NUMBERED) {
                blocks.add(new Block.ListItem(line.text(), depth(indents, line.indent()), line.kind() == Kind.NUMBERED));
            } else if (list[i]) {
                blocks.add(new Block.ListItem(line.text(), 0, false));
            } else {
                blocks.add(new Block.Paragraph(line.text()));
                indents.clear();
            }
        }
        LocatedText titleText = title < 0 ? null : lines.get(title).whole();
        return new ParsedDocument(titleText, null, blocks, List.of(), List.of());
    }

    /** The nesting depth of a list item from its indentation, relative to the items before it. */
    private static int depth(List<Integer> indents, int indent) {
        while (!indents.isEmpty() && indents.get(indents.size() - 1) > indent) {
            indents.remove(indents.size() - 1);
        }
        if (indents.isEmpty() || indents.get(indents.size() - 1) < indent) {
            indents.add(indent);
        }
        return indents.size() - 1;
    }

    // ---- Lines -------------------------------------------------------------------------------------

    /** The document's lines, with the lines of hard-wrapped paragraphs joined. */
    private static List<LocatedText> unwrap(SourceText source) {
        List<LocatedText> physical = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            physical.add(LocatedText.of(source.line(line), source.lineStart(line)));
        }
        int width = 0;
        for (LocatedText line : physical) {
            width = Math.max(width, line.strip().length());
        }
        boolean[] full = new boolean[physical.size()];
        int fullLines = 0;
        for (int i = 0; i + 1 < physical.size(); i++) {
            full[i] = continues(physical.get(i), physical.get(i + 1), width);
            fullLines += full[i] ? 1 : 0;
        }
        if (width > MAX_WRAP_WIDTH || fullLines < 3) {
            return physical;
        }
        List<LocatedText> logical = new ArrayList<>();
        for (int i = 0; i < physical.size(); i++) {
            LocatedText.Builder joined = LocatedText.builder().append(physical.get(i));
            while (full[i]) {
                LocatedText next = physical.get(i + 1);
                joined.append(LocatedText.of("\n", next.start() - 1)).append(next);
                i++;
            }
            logical.add(joined.build());
        }
        return logical;
    }

    /** Whether {@code next} continues {@code line}: its first word would not have fitted on it. */
    private static boolean continues(LocatedText line, LocatedText next, int width) {
        String text = line.strip().text();
        String following = next.strip().text();
        if (text.isEmpty() || following.isEmpty() || BULLET.matcher(following).find()
                || NUMBER.matcher(following).find()) {
            return false;
        }
        int firstWord = following.indexOf(' ') < 0 ? following.length() : following.indexOf(' ');
        return trailingTrimmed(line) + 1 + firstWord > width;
    }

    private static int trailingTrimmed(LocatedText line) {
        String text = line.text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static List<Line> classify(List<LocatedText> logical) {
        List<Line> lines = new ArrayList<>();
        for (LocatedText raw : logical) {
            int indent = 0;
            while (indent < raw.length() && (raw.charAt(indent) == ' ' || raw.charAt(indent) == '\t')) {
                indent++;
            }
            LocatedText text = raw.normalise();
            Matcher bullet = BULLET.matcher(text);
            Matcher number = NUMBER.matcher(text);
            if (text.isEmpty()) {
                lines.add(new Line(Kind.BLANK, text, text, indent));
            } else if (bullet.find()) {
                lines.add(new Line(Kind.BULLET, text.sub(bullet.end()), text, indent));
            } else if (number.find()) {
                lines.add(new Line(Kind.NUMBERED, text.sub(number.end()), text, indent));
            } else {
                lines.add(new Line(Kind.TEXT, text, text, indent));
            }
        }
        return lines;
    }

    // ---- Lists -------------------------------------------------------------------------------------

    /** Marks runs of short lines set off by blank lines, or introduced by a colon, as lists. */
    private void findLists() {
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != Kind.TEXT) {
                i++;
                continue;
            }
            int start = i;
            while (i < lines.size() && lines.get(i).kind() == Kind.TEXT && !lines.get(i).endsWith(":")) {
                i++;
            }
            int end = i; // exclusive
            boolean leadIn = start > 0 && lines.get(start - 1).kind() == Kind.TEXT && lines.get(start - 1).endsWith(":")
                    || previousNonBlankEndsWithColon(start);
            boolean before = start == 0 || lines.get(start - 1).kind() == Kind.BLANK || leadIn;
            boolean after = end == lines.size() || lines.get(end).kind() == Kind.BLANK;
            int size = end - start;
            if (before && after && (size >= 3 || size >= 2 && leadIn) && allListLines(start, end)) {
                for (int j = start; j < end; j++) {
                    list[j] = true;
                }
            }
            if (i == start) {
                i++; // a line ending with a colon: it introduces the next run
            }
        }
    }

    private boolean previousNonBlankEndsWithColon(int index) {
        for (int j = index - 1; j >= 0; j--) {
            if (lines.get(j).kind() != Kind.BLANK) {
                return lines.get(j).kind() == Kind.TEXT && lines.get(j).endsWith(":");
            }
        }
        return false;
    }

    private boolean allListLines(int start, int end) {
        for (int j = start; j < end; j++) {
            Line line = lines.get(j);
            if (line.words() > MAX_LIST_LINE_WORDS || line.length() > MAX_LIST_LINE_CHARS || line.endsWith("?")) {
                return false;
            }
        }
        return true;
    }

    // ---- Headings ----------------------------------------------------------------------------------

    /** Decides which lines are headings, from the last line up: whether one is may depend on the next. */
    private void findHeadings() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (list[i] || line.kind() == Kind.BLANK || line.kind() == Kind.BULLET) {
                continue;
            }
            heading[i] = isQuestion(line) || isShortHeading(i) || isSentenceHeading(i);
        }
    }

    private static boolean isQuestion(Line line) {
        return line.endsWith("?") && line.words() <= MAX_QUESTION_WORDS && startsWithCapital(line);
    }

    /** A short line without sentence-final punctuation, followed by more than itself. */
    private boolean isShortHeading(int i) {
        Line line = lines.get(i);
        if (line.words() > MAX_HEADING_WORDS || line.length() > MAX_HEADING_CHARS || !startsWithCapital(line)
                || ".,;:!?".indexOf(line.whole().charAt(line.length() - 1)) >= 0) {
            return false;
        }
        boolean setOff = i == 0 || lines.get(i - 1).kind() == Kind.BLANK || !blankStructured
                || looksLikeHeading(lines.get(i - 1));
        int next = nextNonBlank(i);
        if (!setOff || next < 0) {
            return false;
        }
        Line following = lines.get(next);
        return heading[next] || list[next] || following.kind() == Kind.BULLET || following.kind() == Kind.NUMBERED
                || following.kind() == Kind.TEXT && (following.length() > line.length() || following.endsWith(":"));
    }

    /**
     * A short one-sentence line after a blank line that runs straight into a longer paragraph, such as
     * "Requesting your information be transferred." over the text about it.
     */
    private boolean isSentenceHeading(int i) {
        Line line = lines.get(i);
        if (!blankStructured || !line.endsWith(".") || line.words() > MAX_SENTENCE_HEADING_WORDS
                || line.length() > MAX_SENTENCE_HEADING_CHARS || !startsWithCapital(line)) {
            return false;
        }
        String body = line.whole().text().substring(0, line.length() - 1);
        if (body.matches(".*[.!?;:]\\s.*") || body.contains(";") || body.contains(":")) {
            return false;
        }
        boolean afterBlank = i == 0 || lines.get(i - 1).kind() == Kind.BLANK;
        if (!afterBlank || i + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(i + 1);
        return next.kind() == Kind.TEXT && !list[i + 1] && !heading[i + 1] && next.length() > line.length();
    }

    /** The shape of a heading, whatever follows: for deciding whether a line is set off from text above it. */
    private static boolean looksLikeHeading(Line line) {
        return line.kind() != Kind.BLANK && line.kind() != Kind.BULLET && (isQuestion(line)
                || line.words() <= MAX_HEADING_WORDS && startsWithCapital(line)
                && ".,;:!".indexOf(line.whole().charAt(line.length() - 1)) < 0);
    }

    private static boolean startsWithCapital(Line line) {
        String text = line.whole().text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
            if (Character.isDigit(c) && line.kind() != Kind.NUMBERED) {
                return false;
            }
        }
        return false;
    }

    private int nextNonBlank(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).kind() != Kind.BLANK) {
                return j;
            }
        }
        return -1;
    }

    private int findTitle() {
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            first = heading[i] ? i : -1;
        }
        if (first >= 0 && lines.get(first).words() <= 8 && TITLE.matcher(lines.get(first).whole()).matches()) {
            return first;
        }
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 5; i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.BLANK) {
                continue;
            }
            seen++;
            if (line.words() <= 8 && TITLE.matcher(line.whole()).matches()) {
                heading[i] = false;
                list[i] = false;
                return i;
            }
        }
        int next = first >= 0 ? nextNonBlank(first) : -1;
        if (next >= 0 && heading[next] && startsSection(next)) {
            return first;
        }
        return -1;
    }

    /** Whether a heading starts a section rather than standing inside one: a question, or set off by a blank line. */
    private boolean startsSection(int i) {
        return isQuestion(lines.get(i)) || !(blankStructured && runsIntoText(i));
    }

    private boolean runsIntoText(int i) {
        return i + 1 < lines.size() && lines.get(i + 1).kind() != Kind.BLANK && !heading[i + 1];
    }

    /** 2 for headings that start a section, 3 for headings inside one. */
    private int[] levels(int title) {
        int[] levels = new int[lines.size()];
        boolean anySection = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!heading[i] || i == title) {
                continue;
            }
            boolean afterHeading = i > 0 && heading[i - 1] && i - 1 != title;
            if (isQuestion(lines.get(i))) {
                levels[i] = 2;
            } else if (afterHeading || blankStructured && runsIntoText(i)) {
                levels[i] = 3;
            } else {
                levels[i] = 2;
            }
            anySection |= levels[i] == 2;
        }
        if (!anySection) {
            for (int i = 0; i < levels.length; i++) {
                levels[i] = heading[i] ? 2 : 0;
            }
        }
        return levels;
    }
}
