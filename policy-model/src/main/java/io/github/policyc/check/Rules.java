package io.github.policyc.check;

import io.github.policyc.check.internal.Suppressions;
import io.github.policyc.check.rules.ContactWithoutChannel;
import io.github.policyc.check.rules.EmptySection;
import io.github.policyc.check.rules.MissingLawfulBasis;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule policyc has, in id order. Rules are ours and few, so the list is written out here
 * rather than discovered.
 *
 * @since 0.1.0
 */
public final class Rules {

    private Rules() {
    }

    /** The rules a check runs. */
    public static List<Rule> all() {
        return List.of(
                new ContactWithoutChannel(),
                new EmptySection(),
                new MissingLawfulBasis()
        );
    }

    /** What every rule is, including the suppression rules the checker applies itself. */
    public static List<RuleInfo> infos() {
        return Stream.concat(Stream.of(Suppressions.WITHOUT_REASON, Suppressions.UNUSED),
                all().stream().map(Rule::info)).toList();
    }
}
