package io.github.policyc.check;

import io.github.policyc.check.internal.Suppressions;
import io.github.policyc.load.LoadedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the rules over a loaded policy and applies the suppressions written in its sources.
 *
 * <pre>{@code
 * CheckReport report = Checker.create().check(PolicyLoader.create().read(Path.of("policy.yaml")));
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Checker {

    private final List<Rule> rules;
    private final CheckOptions options;

    private Checker(List<Rule> rules, CheckOptions options) {
        this.rules = List.copyOf(rules);
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A checker with every rule of {@link Rules#all()} and the default options. */
    public static Checker create() {
        return new Checker(Rules.all(), CheckOptions.DEFAULT);
    }

    /** The options the checks run with. */
    public CheckOptions options() {
        return options;
    }

    public Checker withOptions(CheckOptions options) {
        return new Checker(rules, options);
    }

    public Checker withRules(List<Rule> rules) {
        return new Checker(rules, options);
    }

    /**
     * Runs every rule on the policy.
     *
     * @throws RuleFailedException when a rule fails, which is a bug in the rule; the other rules have run,
     *                             and their findings are in {@link RuleFailedException#report()}
     */
    public CheckReport check(LoadedPolicy policy) {
        CheckContext context = new CheckContext(policy, options);
        List<Finding> findings = new ArrayList<>();
        RuleFailedException failed = null;
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            List<Finding> found = new ArrayList<>();
            try {
                rule.check(context, (at, related, message, hint) ->
                        found.add(new Finding(info, at, related, message, hint, null)));
            } catch (RuntimeException | StackOverflowError e) {
                // A rule must not throw, and a policy's text must not bring down the caller with a bare
                // StackOverflowError: the failure names the rule, and the other rules still run, so that
                // one bad rule hides nothing else. What the failed rule found before it failed is dropped.
                RuleFailedException failure = new RuleFailedException(info, e);
                if (failed == null) {
                    failed = failure;
                } else {
                    failed.addSuppressed(failure);
                }
                continue;
            }
            findings.addAll(found);
        }
        List<Finding> all = new ArrayList<>(Suppressions.parse(policy.sources()).apply(findings));
        all.sort(Finding.READING_ORDER);
        CheckReport report = new CheckReport(all);
        if (failed != null) {
            throw failed.withReport(report);
        }
        return report;
    }
}
