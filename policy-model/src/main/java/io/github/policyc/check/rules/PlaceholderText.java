package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.ModelStrings;
import io.github.policyc.check.internal.ModelStrings.StringField;
import io.github.policyc.check.internal.scan.ProseText;
import java.util.Set;
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
            Matcher m = IN_TEXT.matcher(prose.text());
            while (m.find()) {
                out.report(prose.locate(m.start()), prose.describe() + " holds placeholder text \"" + m.group() + "\"",
                        hint(m.group()));
            }
            for (ProseText.LinkAt link : prose.links()) {
                String target = link.destination().strip();
                if (LINK_TARGET.matcher(target).matches() || IN_TEXT.matcher(target).find()) {
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
            Matcher m = IN_TEXT.matcher(field.value());
            if (m.find()) {
                out.report(field.locate(m.start()), field.describe() + " holds placeholder text \"" + m.group() + "\"",
                        hint(m.group()));
            } else if (PHONE_FIELDS.contains(field.field()) && isDummyPhone(value)) {
                out.report(field.at(), field.describe() + " is the dummy number \"" + value + "\"",
                        "write the real telephone number");
            }
        }
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
