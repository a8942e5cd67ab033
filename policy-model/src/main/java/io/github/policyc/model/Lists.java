package io.github.policyc.model;

import java.util.List;

/** Immutable copies for record components, where a missing list means an empty one. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
