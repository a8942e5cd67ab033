package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.ModelStrings;
import io.github.policyc.check.internal.ModelStrings.StringField;
import io.github.policyc.check.internal.scan.ProseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PC401: template text left in the policy. */
public final class PlaceholderText implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC401", "placeholder-text", Severity.ERROR, "0.1.0",
            "Template or placeholder text is left in the policy.",
            "Text such as \"Default title\", \"Lorem ipsum\", \"TODO\", \"TBD\", \"[insert company name]\" or an"
                    + " example.com address was meant to be replaced before publishing. Readers see a policy"
                    + " that was never finished, and the information that should stand there is missing. It is"
                    + " found in prose (at its exact column), in link targets and in every text value of the"
                    + " model; company-name placeholders such as \"Your Company Ltd\" only as a whole value, and"
                    + " dummy phone numbers only in phone fields. Write the real text, or remove it.");

    /**
     * Placeholders anywhere in text, word-bounded, case-insensitive. Every one starts where a word,
     * a bracket or a per cent sign starts, which the pattern checks first so that it skips the inside
     * of words quickly.
     */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\w.+-])(?=[\\p{L}\\[<{%])(?:" + String.join("|",
            "lorem ipsum\\b", "dolor sit amet\\b", "default title\\b",
            "(?:TODO|TBD|TBC|FIXME|XXX+)(?![\\w-])",
            "\\[\\s*(?:insert|enter|add|your|company|organi[sz]ation|business|name|date|address|e-?mail|"
                    + "(?:tele)?phone|website|url|contact|number)\\b[^\\]\\n]{0,60}]",
            "<\\s*(?:insert|enter|your|company|organi[sz]ation|business|name|date|address|e-?mail|"
                    + "(?:tele)?phone|website|url)\\b[^<>\\n]{0,60}>",
            "(?<!\\{)\\{\\s*(?:company|organi[sz]ation|business|name|date|address|e-?mail|phone)[\\w -]{0,30}}(?!})",
            "%[A-Z][A-Z_]{2,}%",
            "(?:insert|add|enter|type|write|your) (?:your )?(?:text|content|title|heading|paragraph|description)"
                    + " here\\b",
            "click (?:here )?to (?:edit|add|insert|change) (?:this |the )?(?:text|title|heading|content)\\b",
            "(?:sample|dummy|placeholder) (?:text|title|content|heading|paragraph)\\b",
            "(?:[\\w.+-]+@)?(?:[\\w-]+\\.){0,8}example\\.(?:com|org|net)\\b",
            "(?:[\\w.+-]+@)?(?:www\\.)?your-?(?:company|domain|business|website|site|organi[sz]ation)"
                    + "(?:name)?\\.[a-z]{2,}(?:\\.[a-z]{2,})?\\b") + ")", Pattern.CASE_INSENSITIVE);

    /**
     * How every match of {@link #IN_TEXT} other than an address begins, in ASCII lower case: the
     * first word of each literal alternative. Only at a word start that begins with one of these, with
     * a bracket or a per cent sign, or within an address holding "example." or "your" can it match.
     */
    private static final List<String> FIRST_WORDS = List.of("lorem", "dolor", "default", "todo", "tbd", "tbc",
            "fixme", "xxx", "insert", "add", "enter", "type", "write", "your", "click", "sample", "dummy",
            "placeholder");

    /** Which ASCII lower-case letters start one of {@link #FIRST_WORDS}: one test per word start, not eighteen. */
    private static final boolean[] STARTS_FIRST_WORD = new boolean[128];

    static {
        FIRST_WORDS.forEach(word -> STARTS_FIRST_WORD[word.charAt(0)] = true);
    }

    /** Names of the controller that stand for the real one, such as "Your Company Ltd". */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:(?:your|my|the|sample|example) )?(?:company|business|organi[sz]ation)(?: name)?"
                    + "(?: (?:ltd|limited|inc|llc|plc|gmbh))?\\.?|acme(?: (?:corp|corporation|inc|ltd|limited))?\\.?",
            Pattern.CASE_INSENSITIVE);

    /** Titles and labels that stand for the real one. */
    private static final Pattern TITLE = Pattern.compile("untitled(?: \\w+)?|new (?:section|page|heading)",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> TITLE_FIELDS = Set.of("title", "label", "cookieTitle", "name", "role");

    /** Link targets that stand for a link still to be written. */
    private static final Pattern LINK_TARGET = Pattern.compile("#?|url|link|href|https?://|todo|tbd",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> PHONE_FIELDS = Set.of("phone");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (ProseText prose : ProseText.of(context)) {
            for (MatchResult m : placeholders(prose.text(), Integer.MAX_VALUE)) {
                out.report(prose.locate(m.start()), prose.describe() + " holds placeholder text \"" + m.group() + "\"",
                        hint(m.group()));
            }
            for (ProseText.LinkAt link : prose.links()) {
                String target = link.destination().strip();
                if (LINK_TARGET.matcher(target).matches() || !placeholders(target, 1).isEmpty()) {
                    out.report(prose.locate(link.start()), prose.describe() + " links \"" + link.text()
                                    + "\" to the placeholder target \"" + target + "\"",
                            "link to the real page, or remove the link");
                }
            }
        }
        for (StringField field : ModelStrings.of(context)) {
            String value = field.value().strip();
            boolean controller = field.owner().startsWith("controller");
            if (controller && ORGANISATION.matcher(value).matches()
                    || TITLE_FIELDS.contains(field.field()) && TITLE.matcher(value).matches()) {
                out.report(field.at(), field.describe() + " is placeholder text \"" + value + "\"",
                        "write the real " + field.field());
                continue;
            }
            List<MatchResult> found = placeholders(field.value(), 1);
            if (!found.isEmpty()) {
                MatchResult m = found.get(0);
                out.report(field.locate(m.start()), field.describe() + " holds placeholder text \"" + m.group() + "\"",
                        hint(m.group()));
            } else if (PHONE_FIELDS.contains(field.field()) && isDummyPhone(value)) {
                out.report(field.at(), field.describe() + " is the dummy number \"" + value + "\"",
                        "write the real telephone number");
            }
        }
    }

    /**
     * The matches of {@link #IN_TEXT}, at most {@code limit}, as {@code find()} gives them, but the
     * pattern is tried only where {@link #mayStart} says a match can start: trying its eleven
     * alternatives at every word start was 9.3% of the pipeline of workload M.
     */
    static List<MatchResult> placeholders(String text, int limit) {
        List<MatchResult> found = new ArrayList<>();
        // Transparent bounds: the look-arounds and \b see the text around each anchored try, as find() does.
        Matcher m = IN_TEXT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int p = 0;
        while (p < text.length() && found.size() < limit) {
            if (mayStart(text, p)) {
                m.region(p, text.length());
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    p = Math.max(m.end(), p + 1);
                    continue;
                }
            }
            p++;
        }
        return found;
    }

    /** The matches of {@link #IN_TEXT} by trying it at every offset: what {@link #placeholders} must equal. */
    static List<MatchResult> placeholdersAtEveryOffset(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            found.add(m.toMatchResult());
        }
        return found;
    }

    /**
     * Whether a match of {@link #IN_TEXT} may start at {@code at}: false only where none can. Its
     * literals and {@code \w} are ASCII and it folds case for ASCII only, so a match starts with a
     * bracket, a per cent sign or an ASCII letter not after {@code [\w.+-]}; then either with one of
     * {@link #FIRST_WORDS} or it is an address, whose run of {@code [\w.+@-]} holds "example." or "your".
     */
    private static boolean mayStart(String text, int at) {
        char c = text.charAt(at);
        if (c == '[' || c == '<' || c == '{' || c == '%') {
            return true;
        }
        if (!isAsciiLetter(c) || at > 0 && isAddressChar(text.charAt(at - 1)) && text.charAt(at - 1) != '@') {
            return false;
        }
        if (STARTS_FIRST_WORD[c | 0x20]) {
            for (String word : FIRST_WORDS) {
                if (startsWithFolded(text, at, word)) {
                    return true;
                }
            }
        }
        for (int i = at; i < text.length() && isAddressChar(text.charAt(i)); i++) {
            int folded = text.charAt(i) | 0x20;
            if (folded == 'e' && startsWithFolded(text, i, "example.")
                    || folded == 'y' && startsWithFolded(text, i, "your")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code [\w.+@-]} as the pattern means it: ASCII word characters. */
    private static boolean isAddressChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '+' || c == '-' || c == '@';
    }

    /** Whether {@code word} (ASCII lower case, letters and '.') stands at {@code at}, ASCII letters in either case. */
    private static boolean startsWithFolded(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(at + k);
            char w = word.charAt(k);
            if (c != w && !(isAsciiLetter(c) && (c | 0x20) == w)) {
                return false;
            }
        }
        return true;
    }

    private static String hint(String placeholder) {
        return placeholder.contains(".")
                ? "use the real address; example.com and the like stand for addresses still to be given"
                : "write the real text, or remove it";
    }

    /** A number whose digits after the trunk or country prefix are all alike, or count up 123456. */
    static boolean isDummyPhone(String phone) {
        String digits = phone.replaceAll("\\D", "").replaceFirst("^(?:44|0)", "");
        if (digits.length() < 6) {
            return false;
        }
        return digits.chars().distinct().count() == 1 || digits.contains("123456");
    }
}
