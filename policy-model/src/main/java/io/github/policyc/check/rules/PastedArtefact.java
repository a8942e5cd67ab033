package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.ProseField;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.TextBlock;
import io.github.policyc.check.internal.ModelStrings;
import io.github.policyc.check.internal.ModelStrings.StringField;
import io.github.policyc.check.internal.scan.ProseText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** PC402: file names and user-interface text pasted in with the policy's text. */
public final class PastedArtefact implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC402", "pasted-artefact", Severity.WARNING, "0.1.0",
            "A file name or a piece of web-page interface was pasted in with the text.",
            "Text copied from a web page brings the page's furniture with it: the file name of a logo"
                    + " (\"KITS Logo@4x.png\"), a close button (\"×\"), \"Menu\", \"Skip to content\" or \"Accept"
                    + " cookies\". Readers see stray words that mean nothing. The rule finds file names of images and"
                    + " documents that are not links, paragraphs, headings and titles that are only such interface"
                    + " text, and paragraphs of one to three symbols. Remove them; link a document that is meant"
                    + " to be offered.");

    private static final String EXTENSIONS = "png|jpe?g|gif|svg|webp|bmp|tiff?|ico|heic|avif|pdf|docx?|xlsx?|pptx?"
            + "|odt|ods|rtf|zip|mp4|mov|mp3";

    /**
     * The extension that ends a file name. The name before it is read in code (see {@link #fileNames}): as
     * one pattern, {@code (?<![\w@./\\-])[\w@()+~-]+(?:\.[\w@()+~-]+)*\.(?:…)}, it overflowed the
     * stack on "a.a.a…" and read the rest of a run of name characters from each of its starts ("x(x(x(…").
     */
    private static final Pattern EXTENSION = Pattern.compile("\\.(?:" + EXTENSIONS + ")(?![\\w/-])",
            Pattern.CASE_INSENSITIVE);

    /** A whole paragraph or title that is a file name, spaces and all: "KITS Logo@4x.png". */
    private static final Pattern WHOLE_FILE_NAME = Pattern.compile("[^\\s.][^/\\\\:\\n]{0,80}\\.(?:" + EXTENSIONS + ")",
            Pattern.CASE_INSENSITIVE);

    /** Page furniture that has no place anywhere in a policy, headings and titles included. */
    private static final Set<String> CHROME = Set.of("close", "close menu", "open menu", "menu", "main menu",
            "toggle navigation", "toggle menu", "skip to content", "skip to main content", "skip navigation",
            "back to top", "scroll to top", "go to top", "loading", "logo", "image");

    /** Buttons and links that are not content as a paragraph of their own, but may be a legitimate heading. */
    private static final Set<String> BUTTONS = Set.of("accept", "accept all", "accept cookies", "accept all cookies",
            "reject", "reject all", "decline", "cookie settings", "manage cookies", "manage preferences",
            "read more", "learn more", "show more", "show less", "share", "share this", "print", "print this page",
            "search", "submit", "ok", "got it", "click here", "sign in", "sign up", "log in", "login", "subscribe",
            "next", "previous", "home");

    /** {@code \s}, as the pattern this replaces read it. */
    private static final String TRAILING_WHITE_SPACE = " \t\n\u000B\f\r";

    /** {@code \p{Punct}} (ASCII punctuation) and the arrows, crosses and ellipsis of page controls. */
    private static final String TRAILING_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»‹›→←×✕✖☰≡…";

    /**
     * The longest text {@link #furniture} can find in {@link #CHROME} or {@link #BUTTONS}. A text with more
     * letters and digits than this is no furniture: none of them is taken out on the way to the text it
     * looks up, and most paragraphs are longer, so they are not lower-cased and normalised for nothing.
     */
    private static final int LONGEST_FURNITURE = Stream.concat(CHROME.stream(), BUTTONS.stream())
            .mapToInt(String::length).max().orElseThrow();

    /**
     * The longest text {@link #WHOLE_FILE_NAME} can match: one character, at most 80, the dot and the
     * longest extension (four letters). Longer paragraphs are not tried.
     */
    private static final int LONGEST_WHOLE_FILE_NAME = 1 + 80 + 1 + 4;

    private static final Set<String> TITLE_FIELDS = Set.of("title", "label", "name", "shortName", "role",
            "cookieTitle", "provider");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        Map<ProseField, List<TextBlock>> blocks = new IdentityHashMap<>();
        for (TextBlock block : context.blocks()) {
            blocks.computeIfAbsent(block.field(), f -> new ArrayList<>()).add(block);
        }
        for (ProseText prose : ProseText.of(context)) {
            for (TextBlock block : blocks.getOrDefault(prose.field(), List.of())) {
                check(prose, block, out);
            }
        }
        for (StringField field : ModelStrings.of(context)) {
            if (!TITLE_FIELDS.contains(field.field())) {
                continue;
            }
            String value = field.value().strip();
            String furniture = furniture(value, true, false, true);
            if (furniture != null) {
                out.report(field.at(), field.describe() + " is \"" + value + "\", " + furniture, "write the real "
                        + field.field());
            } else if (isWholeFileName(value) && words(value) <= 4) {
                out.report(field.at(), field.describe() + " is the file name \"" + value + "\"", "write the real "
                        + field.field());
            }
        }
    }

    private static void check(ProseText prose, TextBlock block, FindingSink out) {
        String text = block.text().strip();
        ProseText.LinkAt link = prose.linkOver(block.start(), block.end());
        boolean wholeLink = link != null && link.text().strip().equals(text);
        String furniture = furniture(text, block.kind() == TextBlock.Kind.HEADING, block.inList(), true);
        if (furniture != null && !wholeLink) {
            out.report(block.at(), prose.describe() + " holds \"" + text + "\" on its own, " + furniture,
                    "remove it");
            return;
        }
        if (isWholeFileName(text) && !wholeLink && words(text) <= 4) {
            out.report(block.at(), prose.describe() + " holds \"" + text + "\" on its own, the file name of"
                    + " something pasted with the text", "remove it, or make it a link to the file");
            return;
        }
        String words = prose.text();
        for (int[] name : fileNames(words, block.start(), block.end())) {
            if (prose.linkOver(name[0], name[1]) == null) {
                out.report(prose.locate(name[0]), prose.describe() + " holds the file name \""
                        + words.substring(name[0], name[1]) + "\", pasted with the text",
                        "remove it, or make it a link to the file");
            }
        }
    }

    private static boolean isWholeFileName(String text) {
        return text.length() <= LONGEST_WHOLE_FILE_NAME && WHOLE_FILE_NAME.matcher(text).matches();
    }

    /**
     * The file names in {@code text} from {@code from} to {@code to}, as {start, end} pairs in order: a run
     * of name characters ({@code [\w@()+~-]}) and single dots between them, ending in a known extension
     * (the last one the run reaches), that is not part of a path or an address (it starts neither after
     * a word character nor after one of {@code @ . / \ -}). In linear time: each run is read once.
     */
    static List<int[]> fileNames(String text, int from, int to) {
        List<int[]> extensions = extensions(text, from, to);
        List<int[]> names = new ArrayList<>();
        int next = 0;
        int i = from;
        while (i < to && next < extensions.size()) {
            if (!isNameChar(text.charAt(i))) {
                i++;
                continue;
            }
            // A run: name characters, and dots with a name character on either side.
            int runStart = i;
            int runEnd = i + 1;
            while (runEnd < to && (isNameChar(text.charAt(runEnd)) || text.charAt(runEnd) == '.'
                    && runEnd + 1 < to && isNameChar(text.charAt(runEnd + 1)))) {
                runEnd++;
            }
            while (next < extensions.size() && extensions.get(next)[0] < runStart) {
                next++;
            }
            // The name starts at the first place in the run not preceded by a word character, @ . / \ or -.
            int start = runStart;
            while (start < runEnd && !(isNameChar(text.charAt(start))
                    && (start == from || !continuesName(text.charAt(start - 1))))) {
                start++;
            }
            int end = -1;
            while (next < extensions.size() && extensions.get(next)[1] <= runEnd) {
                if (extensions.get(next)[0] > start) {
                    end = extensions.get(next)[1];
                }
                next++;
            }
            if (start < runEnd && end > start) {
                names.add(new int[] {start, end});
            }
            i = runEnd;
        }
        return names;
    }

    /**
     * The matches of {@link #EXTENSION} from {@code from} to {@code to}, as {@code find()} gives them, but
     * tried only at dots, where every match starts, found with {@code indexOf} rather than by the matcher
     * at every offset. The region is the same, so the look-ahead sees no further than {@code to} either.
     */
    static List<int[]> extensions(String text, int from, int to) {
        List<int[]> extensions = new ArrayList<>();
        Matcher m = EXTENSION.matcher(text);
        for (int dot = text.indexOf('.', from); dot >= 0 && dot < to; dot = text.indexOf('.', dot + 1)) {
            m.region(dot, to);
            if (m.lookingAt()) {
                extensions.add(new int[] {m.start(), m.end()});
                dot = m.end() - 1;
            }
        }
        return extensions;
    }

    /** The matches of {@link #EXTENSION} by {@code find()}: what {@link #extensions} must equal. */
    static List<int[]> extensionsByFind(String text, int from, int to) {
        List<int[]> extensions = new ArrayList<>();
        Matcher m = EXTENSION.matcher(text).region(from, to);
        while (m.find()) {
            extensions.add(new int[] {m.start(), m.end()});
        }
        return extensions;
    }

    /** {@code [\w@()+~-]}: a character of a file name. */
    private static boolean isNameChar(char c) {
        return isWordChar(c) || "@()+~-".indexOf(c) >= 0;
    }

    /** {@code [\w@./\\-]}: a character a file name does not start after, as it would be part of a path. */
    private static boolean continuesName(char c) {
        return isWordChar(c) || "@./\\-".indexOf(c) >= 0;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * What the text is, when it is page furniture: "user-interface text copied from a web page", or
     * {@code null}.
     *
     * @param heading   whether the text is a heading or title, where button labels may be legitimate
     * @param inList    whether it is a list item, where single words may be legitimate
     * @param paragraph whether it is a paragraph or heading of prose (symbols alone count there)
     */
    static String furniture(String text, boolean heading, boolean inList, boolean paragraph) {
        if (paragraph && !text.isEmpty() && text.length() <= 3 && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "a symbol copied from a web page's controls";
        }
        return moreLettersThanFurniture(text) ? null : furnitureByLookUp(text, heading, inList, paragraph);
    }

    /** {@link #furniture} without its length test: what it must equal. */
    static String furnitureByLookUp(String text, boolean heading, boolean inList, boolean paragraph) {
        String normal = withoutTrailingControls(text.toLowerCase(Locale.ROOT))
                .replaceAll("^[\\s«»‹›→←↑]+", "").replaceAll("\\s+", " ");
        if (paragraph && !text.isEmpty() && text.length() <= 3 && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "a symbol copied from a web page's controls";
        }
        if (inList && !normal.contains(" ")) {
            return null;
        }
        if (CHROME.contains(normal) || !heading && BUTTONS.contains(normal)) {
            return "user-interface text copied from a web page";
        }
        return null;
    }

    /**
     * Whether the text has more letters and digits than {@link #LONGEST_FURNITURE}. Each becomes at least
     * one character of the lower-cased text and stays in it: the normalisation takes out only white space,
     * punctuation, arrows and crosses.
     */
    private static boolean moreLettersThanFurniture(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && ++letters > LONGEST_FURNITURE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text without the white space, punctuation and arrows or crosses at its end. (As the pattern
     * {@code [\s\p{Punct}…]+$}, which is tried from every place in a run of them, it took quadratic time
     * on a paragraph of punctuation that ends in a letter.)
     */
    private static String withoutTrailingControls(String text) {
        int end = text.length();
        while (end > 0 && (TRAILING_WHITE_SPACE.indexOf(text.charAt(end - 1)) >= 0
                || TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }
}
