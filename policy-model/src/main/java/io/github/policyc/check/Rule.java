package io.github.policyc.check;

/**
 * One check, with a stable id. A rule reads the model through a {@link CheckContext} and reports
 * every defect it finds to the sink; it never throws for a defect in the input.
 *
 * <p>Rules must be stateless and cost no more than near-linear time in the size of the policy.
 *
 * @since 0.1.0
 */
public interface Rule {

    /** What the rule is. */
    RuleInfo info();

    /** Checks the policy and reports each defect found. */
    void check(CheckContext context, FindingSink out);
}
