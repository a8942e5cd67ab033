package io.github.policyc.diff;

import java.util.List;
import java.util.Objects;

/**
 * A change to the prose of one part of a policy, as the lines of a readable diff.
 *
 * @param where the prose that changed, such as {@code the body of section 'security'}
 * @param lines the diff: context lines, removed lines and added lines, in order
 * @since 0.1.0
 */
public record TextChange(String where, List<Line> lines) {

    /**
     * The text of a context line that stands for unchanged lines left out between two changes far
     * apart in the same prose.
     */
    public static final String OMITTED = "…";

    /**
     * One line of a text diff.
     *
     * @param type whether the line stayed, went or came
     * @param text the line's text
     */
    public record Line(Type type, String text) {

        /** The part a line plays in a diff. */
        public enum Type { CONTEXT, REMOVED, ADDED }
    }

    public TextChange {
        Objects.requireNonNull(where, "where");
        lines = List.copyOf(lines);
    }
}
