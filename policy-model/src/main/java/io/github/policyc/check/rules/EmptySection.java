package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Section;

/** PC403: a section with a heading and nothing under it. */
public final class EmptySection implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC403", "empty-section", Severity.WARNING, "0.1.0",
            "A section has a title but no body.",
            "An empty section promises readers information it does not give, and is often a template"
                    + " heading left behind. Write the section's body or remove the section.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (Section section : context.model().sections()) {
            if (section.body() == null || section.body().isBlank()) {
                out.report(section.at(), "section '" + section.id() + "' (\"" + section.title() + "\") is empty",
                        "write its body or remove it");
            }
        }
    }
}
