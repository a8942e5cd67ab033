package io.github.policyc.render.html;

import io.github.policyc.load.Problem;

/**
 * A user's template ({@link PageTemplates#overriding}) has a mistake: a syntax error, a value it cannot
 * read, a template it cannot include, or something the lockdown refuses ({@code ?new}, {@code ?api}).
 *
 * <p>This is the user's mistake, not a bug: report {@link #problem()} as {@code file:line:column: message},
 * without a stack trace. Nothing has been written.
 *
 * @since 0.1.0
 */
public final class UserTemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public UserTemplateException(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    /** Where the mistake is and what it is. */
    public Problem problem() {
        return problem;
    }
}
