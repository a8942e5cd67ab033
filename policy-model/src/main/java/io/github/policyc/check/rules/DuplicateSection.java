package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.DuplicateMessages;
import io.github.policyc.check.internal.DuplicateText;
import io.github.policyc.model.Section;
import java.util.ArrayList;
import java.util.List;

/** PC101: sections with the same or nearly the same body. */
public final class DuplicateSection implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC101", "duplicate-section", Severity.WARNING, "0.1.0",
            "Two or more sections have the same or nearly the same body.",
            "A section pasted under a second heading makes the policy longer and harder to trust: readers"
                    + " wonder which copy applies, and the copies drift apart when only one is corrected."
                    + " Bodies count as the same when their words match, ignoring case, spacing and"
                    + " punctuation, and as nearly the same when they share at least the near-duplicate"
                    + " threshold of their words (0.8 by default). Keep one section and link to it, or"
                    + " merge the sections.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (DuplicateText.Group<Section> group : DuplicateText.of(context).sections()) {
            boolean identical = group.identical();
            boolean someCopies = group.copy().subList(1, group.copy().size()).contains(true);
            List<String> copies = new ArrayList<>();
            for (int i = 1; i < group.members().size(); i++) {
                copies.add(name(group.members().get(i), identical ? null
                        : group.copy().get(i) ? "the same" : DuplicateMessages.alike(group.similarity().get(i))));
            }
            out.report(group.first().at(), group.members().stream().skip(1).map(Section::at).toList(),
                    name(group.first(), null) + " has " + (identical ? "the same body as "
                            : someCopies ? "the same or nearly the same body as " : "nearly the same body as ")
                            + DuplicateMessages.list(copies),
                    "keep one section and link to it from where the others stand, or merge them");
        }
    }

    /** "section 'retention' ("How long do we keep it?")", with a note inside the brackets. */
    private static String name(Section section, String note) {
        return "section '" + section.id() + "' (\"" + section.title() + "\"" + (note == null ? "" : ", " + note) + ")";
    }
}
