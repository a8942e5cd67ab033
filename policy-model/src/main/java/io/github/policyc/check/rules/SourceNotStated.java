package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSource;
import io.github.policyc.model.Labelled;
import java.util.Arrays;

/** PC612: a category of data whose sources are not stated (GDPR Art. 14(2)(f)). */
public final class SourceNotStated implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC612", "data-source", Severity.WARNING, "0.1.0",
            "A category of personal data does not say where the data comes from.",
            "Art. 14(2)(f) requires the source of data that is not obtained from the person, and whether it came"
                    + " from public sources. Saying for every category whether it is provided, observed, recorded,"
                    + " derived, received from a third party or public tells readers which categories that applies"
                    + " to. Set sources on the category.");

    private static final String SOURCES = String.join(", ", Arrays.stream(DataSource.values())
            .map(Labelled::yamlName).toList());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (DataCategory category : context.model().dataCategories()) {
            if (category.sources().isEmpty()) {
                out.report(category.at(), "14(2)(f): category '" + category.id() + "' does not say where the data"
                        + " comes from", "set sources to one or more of " + SOURCES);
            }
        }
    }
}
