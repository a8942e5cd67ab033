package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.TextBlock;
import io.github.policyc.check.internal.DuplicateMessages;
import io.github.policyc.check.internal.DuplicateText;
import java.util.ArrayList;
import java.util.List;

/** PC103: paragraphs that are copies of each other with a few words changed. */
public final class NearDuplicateParagraph implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC103", "near-duplicate-paragraph", Severity.WARNING,
            "0.1.0", "Paragraphs differ in only a few words.",
            "A paragraph pasted again and then edited in one place, such as \"acts as a commercial"
                    + " intermediary, not a data processor\" beside \"… and not a data processor\", leaves"
                    + " readers to guess whether the difference means anything. Paragraphs count as nearly the"
                    + " same when they share at least the near-duplicate threshold of their words, counted with"
                    + " repeats (0.8 by default, for paragraphs of 8 words or more). Keep one version and link to"
                    + " it; if the cases really differ, say how.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (DuplicateText.Group<TextBlock> group : DuplicateText.of(context).nearCopies()) {
            List<String> copies = new ArrayList<>();
            for (int i = 1; i < group.members().size(); i++) {
                copies.add(group.members().get(i).field().describe() + " ("
                        + DuplicateMessages.alike(group.similarity().get(i)) + ")");
            }
            int count = copies.size();
            out.report(group.first().at(), group.members().stream().skip(1).map(TextBlock::at).toList(),
                    "paragraph " + DuplicateMessages.quote(group.first().text()) + " in "
                            + group.first().field().describe() + " has " + (count == 1 ? "a near-copy" : count
                            + " near-copies") + " with a few words changed: in " + DuplicateMessages.list(copies),
                    "keep one version and link to it; if the cases really differ, say how");
        }
    }
}
