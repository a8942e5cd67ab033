package io.github.policyc.check;

import io.github.policyc.model.Location;
import java.util.List;

/**
 * Where a rule reports what it finds. The sink adds the rule's id, name and severity.
 *
 * @since 0.1.0
 */
public interface FindingSink {

    /**
     * Reports a defect at one place.
     *
     * @param at      where the defect is
     * @param message what is wrong, without the rule id
     * @param hint    what would be right, or {@code null}
     */
    default void report(Location at, String message, String hint) {
        report(at, List.of(), message, hint);
    }

    /**
     * Reports a defect that stands in several places, such as a paragraph said three times, once.
     *
     * @param at      the first place
     * @param related the other places, in reading order
     * @param message what is wrong
     * @param hint    what would be right, or {@code null}
     */
    void report(Location at, List<Location> related, String message, String hint);
}
