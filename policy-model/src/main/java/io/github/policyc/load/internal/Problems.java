package io.github.policyc.load.internal;

import io.github.policyc.load.Problem;
import io.github.policyc.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while loading, so that one run reports all of them, not only the first. */
public final class Problems {

    private static final Comparator<Problem> READING_ORDER = Comparator.comparing(Problem::at, Location.READING_ORDER);

    private final List<Problem> problems = new ArrayList<>();

    public void add(Location at, String message) {
        problems.add(new Problem(at, message));
    }

    public int count() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems sorted by file, line and column, so that output is stable and reads top to bottom. */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(READING_ORDER);
        return sorted;
    }
}
