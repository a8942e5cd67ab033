package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.TextBlock;
import io.github.policyc.check.internal.DuplicateMessages;
import io.github.policyc.check.internal.DuplicateText;

/** PC102: a paragraph said more than once. */
public final class DuplicateParagraph implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC102", "duplicate-paragraph", Severity.WARNING, "0.1.0",
            "A paragraph or list item is said more than once.",
            "Paragraphs pasted into several places are the commonest defect of hand-maintained policies:"
                    + " the text grows, readers meet the same words under different headings, and a later"
                    + " correction reaches only one copy. Paragraphs count as the same when their words match,"
                    + " ignoring case, spacing and punctuation; paragraphs of fewer than "
                    + DuplicateText.MIN_COPY_WORDS + " words may repeat. Say it once, in the place it belongs,"
                    + " and link to it from the others.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (DuplicateText.Group<TextBlock> group : DuplicateText.of(context).copies()) {
            out.report(group.first().at(), group.members().stream().skip(1).map(TextBlock::at).toList(),
                    "paragraph " + DuplicateMessages.quote(group.first().text()) + " is said "
                            + DuplicateMessages.saidWhere(group.members()),
                    "say it once, where it belongs, and link to it from the other places");
        }
    }
}
