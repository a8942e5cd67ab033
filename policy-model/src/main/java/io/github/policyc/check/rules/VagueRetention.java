package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.TextBlock;
import io.github.policyc.check.internal.RetentionLanguage;
import io.github.policyc.check.internal.RetentionLanguage.Sentence;
import io.github.policyc.check.internal.RetentionLanguage.Vague;
import io.github.policyc.model.Location;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Retention;
import java.util.Collections;
import java.util.IdentityHashMap;
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
            if (block.kind() != TextBlock.Kind.PARAGRAPH || retentionProse.contains(block.field().prose())) {
                continue;
            }
            for (Sentence sentence : RetentionLanguage.sentences(block.text())) {
                if (!RetentionLanguage.isAboutKeeping(sentence.text())) {
                    continue;
                }
                Vague vague = RetentionLanguage.vague(sentence.text());
                if (vague != null) {
                    out.report(locate(block, vague.phrase(), sentence.start() + vague.start()), "13(2)(a): " + block.field().owner()
                            + " says data is kept \"" + vague.phrase() + "\" without a period or criteria", HINT);
                }
            }
        }
    }

    /**
     * Where the phrase that stands at {@code offset} of the block's plain text stands in its Markdown,
     * which may break the phrase across lines or mark it up: the same occurrence, counted from the start.
     */
    private static Location locate(TextBlock block, String phrase, int offset) {
        StringBuilder regex = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            regex.append(regex.length() == 0 ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(word));
        }
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        int before = 0;
        Matcher plain = pattern.matcher(block.text());
        while (plain.find() && plain.start() < offset) {
            before++;
        }
        String markdown = block.field().prose().text();
        Matcher m = pattern.matcher(markdown).region(block.start(), block.end());
        for (int i = 0; i <= before; i++) {
            if (!m.find()) {
                return block.at();
            }
        }
        return offsetInBlock(block, m.start());
    }

    /**
     * The source position of an offset inside a block, counted from the block's own position rather than
     * from the start of the prose, so that a long prose field costs no more per finding than its block.
     */
    private static Location offsetInBlock(TextBlock block, int offset) {
        String markdown = block.field().prose().text();
        int lines = 0;
        int lineStart = -1;
        for (int i = block.start(); i < offset; i++) {
            if (markdown.charAt(i) == '\n') {
                lines++;
                lineStart = i + 1;
            }
        }
        Location at = block.at();
        return lines == 0 ? new Location(at.file(), at.line(), at.column() + offset - block.start())
                : new Location(at.file(), at.line() + lines, block.field().prose().indent() + offset - lineStart + 1);
    }
}
