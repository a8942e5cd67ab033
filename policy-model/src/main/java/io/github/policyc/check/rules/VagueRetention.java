package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.TextBlock;
import io.github.policyc.check.internal.ProseLocator;
import io.github.policyc.check.internal.RetentionLanguage;
import io.github.policyc.check.internal.RetentionLanguage.Sentence;
import io.github.policyc.check.internal.RetentionLanguage.Vague;
import io.github.policyc.model.Location;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Retention;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PC503: retention stated only as "as long as necessary", with no period and no criteria. */
public final class VagueRetention implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC503", "vague-retention", Severity.WARNING, "0.1.0",
            "Retention is stated only vaguely, such as \"for as long as necessary\".",
            "Art. 13(2)(a) asks for the period data is kept or the criteria used to decide it. \"We will hold"
                    + " information for as long as required\" gives neither: it restates the storage limitation"
                    + " principle instead of saying what the controller does. The rule reads each purpose's"
                    + " retention that has no period, and every sentence of the prose that talks about keeping"
                    + " data; it reports stock phrases (\"as long as necessary/required/needed\", \"for a"
                    + " reasonable time\", \"until it is no longer needed\") only when the text gives no"
                    + " duration, no event the period runs from or to (\"after the contract ends\", \"until you"
                    + " withdraw your consent\") and no named law. Give a period with the event it counts from,"
                    + " or the criteria that decide it.");

    private static final String HINT = "give a period and the event it counts from (\"6 years after the contract"
            + " ends\"), or the criteria that decide it (\"until you withdraw your consent\")";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        Set<Prose> retentionProse = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Purpose purpose : context.model().purposes()) {
            Retention retention = purpose.retention();
            if (retention == null) {
                continue;
            }
            if (retention.description() != null) {
                retentionProse.add(retention.description());
            }
            if (retention.period() == null) {
                String text = (retention.trigger() == null ? "" : retention.trigger()) + "\n"
                        + (retention.description() == null ? "" : retention.description().text());
                Vague vague = RetentionLanguage.vague(text);
                if (vague != null) {
                    out.report(retention.at(), "13(2)(a): purpose '" + purpose.id() + "' keeps data \""
                            + vague.phrase() + "\" without a period or criteria", HINT);
                }
            }
        }
        for (TextBlock block : context.blocks()) {
            if (block.kind() != TextBlock.Kind.PARAGRAPH || retentionProse.contains(block.field().prose())
                    || !RetentionLanguage.mayHoldVagueKeeping(block.text())) {
                continue;
            }
            Phrases phrases = new Phrases(block, context.locators().of(block.field().prose()));
            for (Sentence sentence : RetentionLanguage.sentences(block.text())) {
                if (!RetentionLanguage.isAboutKeeping(sentence.text())) {
                    continue;
                }
                Vague vague = RetentionLanguage.vague(sentence.text());
                if (vague != null) {
                    out.report(phrases.locate(vague.phrase(), sentence.start() + vague.start()), "13(2)(a): "
                            + block.field().owner() + " says data is kept \"" + vague.phrase()
                            + "\" without a period or criteria", HINT);
                }
            }
        }
    }

    /**
     * Where phrases found in a block's plain text stand in its Markdown, which may break a phrase across
     * lines or mark it up: the same occurrence, counted from the start. Findings come in order, so each
     * phrase's matchers only move forward: a block costs one pass per distinct phrase, not one per finding.
     */
    private static final class Phrases {
        private final TextBlock block;
        private final ProseLocator locator;
        private final Map<String, Occurrences> byPhrase = new HashMap<>();

        Phrases(TextBlock block, ProseLocator locator) {
            this.block = block;
            this.locator = locator;
        }

        Location locate(String phrase, int offset) {
            Occurrences occurrences = byPhrase.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), p -> new Occurrences(
                    pattern(phrase), block));
            int markdown = occurrences.inMarkdown(offset);
            return markdown < 0 ? block.at() : locator.locate(markdown);
        }

        private static Pattern pattern(String phrase) {
            StringBuilder regex = new StringBuilder();
            for (String word : phrase.split("\\s+")) {
                regex.append(regex.length() == 0 ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(word));
            }
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** The occurrences of one phrase in a block's plain text and in its Markdown, read as far as asked. */
    private static final class Occurrences {
        private final Matcher plain;
        private final Matcher markdown;
        private int plainCount;
        private boolean plainPending;
        private int markdownCount;
        private int markdownAt = -1;

        Occurrences(Pattern pattern, TextBlock block) {
            plain = pattern.matcher(block.text());
            markdown = pattern.matcher(block.field().prose().text()).region(block.start(), block.end());
        }

        /** The offset in the Markdown of the occurrence that stands at {@code offset} of the plain text, or -1. */
        int inMarkdown(int offset) {
            // Count the plain occurrences that start before the offset.
            while (plainPending || plain.find()) {
                if (plain.start() >= offset) {
                    plainPending = true;
                    break;
                }
                plainPending = false;
                plainCount++;
            }
            // The same occurrence in the Markdown: the (count + 1)th.
            while (markdownCount <= plainCount) {
                if (!markdown.find()) {
                    return -1;
                }
                markdownCount++;
                markdownAt = markdown.start();
            }
            return markdownCount == plainCount + 1 ? markdownAt : -1;
        }
    }
}
