package io.github.policyc.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The model could not be loaded because of one or more {@link Problem}s in the user's input.
 *
 * <p>This is the user's mistake, not a bug: report {@link #problems()} one per line, without a stack
 * trace.
 *
 * @since 0.1.0
 */
public class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ModelException(List<Problem> problems) {
        super(summary(problems), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ModelException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they appear in the input. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "the policy model has " + count + ":\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
