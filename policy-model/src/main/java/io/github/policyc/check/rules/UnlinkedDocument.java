package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.scan.Keywords;
import io.github.policyc.check.internal.scan.ProseText;
import io.github.policyc.check.internal.scan.Titles;
import io.github.policyc.model.Directive;
import io.github.policyc.model.PolicyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PC303: prose refers readers to a document they cannot find. */
public final class UnlinkedDocument implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC303", "unlinked-document", Severity.WARNING, "0.1.0",
            "Prose refers to a document that is neither generated nor linked.",
            "\"Please review our recruitment data policy\" sends readers to a document they have no way to find."
                    + " The rule finds references to policies, notices, statements, terms and conditions,"
                    + " agreements, charters and handbooks (\"our X policy\", \"the Terms and Conditions\", \"our data"
                    + " processing agreement\") that are not links and have no link right after them. The"
                    + " privacy policy and the cookie policy policyc generates need no link (and {{page cookies}}"
                    + " is one); nor do this policy (\"this policy\", \"the revised policy\"), other organisations'"
                    + " documents (\"the privacy policy of any other site\") and agreements the reader is a party to"
                    + " (\"our agreement with your organisation\"). Link the document where it is mentioned, or say"
                    + " how to get a copy and suppress the finding with that reason.");

    private static final String DOCUMENT = "terms\\s+(?:and|&)\\s+conditions|terms\\s+of\\s+(?:use|service|business|sale)"
            + "|conditions\\s+of\\s+(?:use|sale|business)|code\\s+of\\s+conduct|polic(?:y|ies)|notices?|statements?"
            + "|terms|agreements?|charters?|handbooks?";

    /** Words that cannot be part of a document's name: "our right to object to the policy". */
    private static final String NOT_A_NAME_WORD = "(?!(?:of|to|for|in|and|or|with|by|at|on|from|as|that|this|which"
            + "|is|are|be|not|no|we|you|it|" + DOCUMENT + ")\\b)";

    /** "our recruitment data policy", "the Terms and Conditions". */
    private static final Pattern DETERMINED = Pattern.compile("(?i)\\b(?:our|the)\\s+((?:" + NOT_A_NAME_WORD
            + "[\\p{L}\\p{N}'’-]+\\s+){0,4}?)(" + DOCUMENT + ")\\b");

    /**
     * "Acceptable Use Policy" without "our" or "the". White space follows each word, so a word gives
     * nothing back, and a word is at most 41 characters: a name may start after a hyphen or an apostrophe
     * inside a word, and without the bound each such start read the rest of a run such as "A-A-A-…".
     */
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}'’-]{0,40}+\\s+){1,4})"
            + "(Polic(?:y|ies)|Notice|Statement|Terms(?:\\s+(?:and|&)\\s+Conditions|\\s+of\\s+(?:Use|Service|Business|Sale))?"
            + "|Agreement|Charter|Handbook)\\b");

    /** Documents specific enough to need no name before them. */
    private static final Pattern SPECIFIC = Pattern.compile("(?i)terms\\s+(?:and|&)\\s+conditions|terms\\s+of\\s+\\w+"
            + "|conditions\\s+of\\s+\\w+|code\\s+of\\s+conduct|charters?|handbooks?");

    /** Words that say which version of this very document is meant, not which other document. */
    private static final Set<String> THIS_DOCUMENT = Set.of("this", "revised", "updated", "current", "new", "latest",
            "previous", "old", "amended", "above", "following", "same", "full", "whole", "complete", "entire",
            "existing", "own", "present", "relevant", "applicable", "website", "site", "web", "online");

    /** Documents of someone else: "the privacy policy of any other site". */
    private static final Pattern SOMEONE_ELSES = Pattern.compile("(?i)\\s+(?:of|from|for|on)\\s+(?:any|other|another"
            + "|third|that|those|these|each|every|their|such|its|the\\s+(?:other|third))\\b");

    /** Agreements the reader holds: "our data processing agreement with your organisation". */
    private static final Pattern WITH_READER = Pattern.compile("(?i)\\s+with\\s+(?:you|your)\\b");

    /** What may stand between a mention and its link: "our Cookie Policy (see …)", "our terms, at …". */
    private static final Pattern BEFORE_LINK = Pattern.compile("(?i)\\s*[(:,–—-]?\\s*(?:(?:see|at|here|on|via|available"
            + "(?:\\s+(?:at|here|on))?|which\\s+is\\s+(?:at|here|on))\\s+)?");

    /**
     * A word every mention holds (of {@link #DOCUMENT}, so of {@link #DETERMINED} and {@link #NAMED}):
     * nine texts in ten name no document, and this skips them without running the patterns.
     */
    private static final Keywords DOCUMENT_WORDS = Keywords.of("polic", "notice", "statement", "terms",
            "condition", "conduct", "agreement", "charter", "handbook");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        List<String> generated = generated(context.model());
        for (ProseText prose : ProseText.of(context)) {
            String text = prose.text();
            if (!DOCUMENT_WORDS.in(text)) {
                continue;
            }
            // Mentions of both patterns in order of position; the first of overlapping ones is read.
            List<MatchResult> mentions = new ArrayList<>();
            for (Pattern pattern : List.of(DETERMINED, NAMED)) {
                pattern.matcher(text).results().forEach(mentions::add);
            }
            mentions.sort(Comparator.comparingInt(MatchResult::start));
            int reportedEnd = -1;
            for (MatchResult m : mentions) {
                if (m.start() < reportedEnd || !isDocument(m, text, generated)
                        || isLinked(prose, m.start(), m.end())) {
                    continue;
                }
                reportedEnd = m.end();
                String mention = m.group().replaceAll("\\s+", " ");
                String name = (m.group(1) + m.group(2)).replaceAll("\\s+", " ");
                out.report(prose.locate(m.start()), prose.describe() + " refers to \"" + mention + "\", which"
                                + " policyc does not generate and the text does not link",
                        "link it where it is mentioned, [" + name + "](https://…), or say how readers can get a"
                                + " copy");
            }
        }
    }

    private static boolean isDocument(MatchResult m, String text, List<String> generated) {
        String document = m.group(2);
        List<String> words = Arrays.stream(m.group(1).toLowerCase(Locale.ROOT)
                        .replaceFirst("^\\s*(?:the|our|a|an|your)\\s+", "").split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.stream().anyMatch(w -> w.endsWith("'s") || w.endsWith("’s") || w.startsWith("third"))) {
            return false;
        }
        if (!SPECIFIC.matcher(document).matches() && words.stream().allMatch(THIS_DOCUMENT::contains)) {
            return false;
        }
        String name = Titles.normalise(String.join(" ", words) + " " + document);
        for (String known : generated) {
            if (name.equals(known) || name.endsWith(" " + known) && Arrays.stream(
                    name.substring(0, name.length() - known.length()).strip().split(" "))
                    .allMatch(THIS_DOCUMENT::contains)) {
                return false;
            }
        }
        return !SOMEONE_ELSES.matcher(text).region(m.end(), text.length()).lookingAt()
                && !WITH_READER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** Whether the mention is a link, or a link or page directive follows it. */
    private static boolean isLinked(ProseText prose, int start, int end) {
        if (prose.linkOver(start, end) != null) {
            return true;
        }
        String text = prose.text();
        Matcher gap = BEFORE_LINK.matcher(text).region(end, text.length());
        int at = gap.lookingAt() ? gap.end() : end;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        ProseText.DirectiveAt directive = prose.directiveAt(at);
        return directive != null && directive.directive().kind() == Directive.Kind.PAGE
                || at < text.length() && prose.linkOver(at, at + 1) != null;
    }

    /** The documents policyc generates, normalised: the privacy policy and the cookie policy, as titled. */
    private static List<String> generated(PolicyModel model) {
        List<String> names = new ArrayList<>(List.of("privacy policy", "privacy policies", "privacy notice",
                "privacy statement", "cookie policy", "cookies policy", "cookie notice", "cookie statement"));
        names.add(Titles.normalise(model.policy().title()));
        names.add(Titles.normalise(model.policy().cookieTitle()));
        return names;
    }
}
