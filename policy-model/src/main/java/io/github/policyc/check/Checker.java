package io.github.policyc.check;

import io.github.policyc.check.internal.Suppressions;
import io.github.policyc.load.LoadedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
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

    private static final Comparator<Finding> READING_ORDER = Comparator
            .comparing((Finding f) -> f.at().file())
            .thenComparingInt(f -> f.at().line())
            .thenComparingInt(f -> f.at().column())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

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

    public CheckReport check(LoadedPolicy policy) {
        CheckContext context = new CheckContext(policy, options);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            try {
                rule.check(context, (at, related, message, hint) ->
                        findings.add(new Finding(info, at, related, message, hint, null)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("rule " + info + " failed: " + e, e);
            }
        }
        List<Finding> all = new ArrayList<>(Suppressions.parse(policy.sources()).apply(findings));
        all.sort(READING_ORDER);
        return new CheckReport(all);
    }
}
