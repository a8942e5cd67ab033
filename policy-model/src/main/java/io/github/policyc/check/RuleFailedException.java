package io.github.policyc.check;

import java.util.Arrays;
import java.util.List;

/**
 * A rule failed on a policy: a bug in the rule, not a defect of the policy, but one a policy's text can
 * trigger, such as a pattern that recurses too deeply on a long run of words. The message names the
 * rule, so that the failure can be reported and the rule left out until it is fixed; the cause is what
 * the rule threw (a {@link StackOverflowError} with its trace cut short).
 *
 * @since 0.1.0
 */
public final class RuleFailedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** How much of a stack overflow's trace is kept: its top shows where it recursed; the rest repeats it. */
    private static final int OVERFLOW_FRAMES = 32;

    private final transient RuleInfo rule;
    private transient CheckReport report = new CheckReport(List.of());

    RuleFailedException(RuleInfo rule, Throwable cause) {
        super(message(rule, cause), trimmed(cause));
        this.rule = rule;
    }

    /** The rule that failed; further rules that failed are {@linkplain #getSuppressed() suppressed} here. */
    public RuleInfo rule() {
        return rule;
    }

    /** The findings of the rules that did not fail, suppressions applied. */
    public CheckReport report() {
        return report;
    }

    RuleFailedException withReport(CheckReport report) {
        this.report = report;
        return this;
    }

    private static String message(RuleInfo rule, Throwable cause) {
        String what = cause instanceof StackOverflowError
                ? "ran out of stack (StackOverflowError): the text it reads repeats or nests more deeply than it"
                        + " can follow"
                : "threw " + cause;
        return "rule " + rule + " failed on this policy and " + what + "; this is a bug in policyc: please report it";
    }

    private static Throwable trimmed(Throwable cause) {
        if (cause instanceof StackOverflowError && cause.getStackTrace().length > OVERFLOW_FRAMES) {
            cause.setStackTrace(Arrays.copyOf(cause.getStackTrace(), OVERFLOW_FRAMES));
        }
        return cause;
    }
}
