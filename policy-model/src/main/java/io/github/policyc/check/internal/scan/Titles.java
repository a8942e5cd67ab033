package io.github.policyc.check.internal.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** Comparing titles as readers would: ignoring case, punctuation and spacing, and suggesting near misses. */
public final class Titles {

    /**
     * How many cells of edit-distance tables one {@link Titles} may fill over its life: suggestions are
     * a courtesy, and must not make a check of a policy full of broken references quadratic.
     */
    static final long BUDGET = 20_000_000L;

    /** A candidate, normalised once. */
    private record Candidate(String title, String normalised) {
    }

    private final TreeMap<Integer, List<Candidate>> byLength = new TreeMap<>();
    private long budget = BUDGET;

    private Titles(Collection<String> candidates) {
        for (String title : candidates) {
            String normalised = normalise(title);
            byLength.computeIfAbsent(normalised.length(), k -> new ArrayList<>()).add(new Candidate(title, normalised));
        }
    }

    /** Suggestions among {@code candidates}. */
    public static Titles among(Collection<String> candidates) {
        return new Titles(candidates);
    }

    /** "What are  your Rights?" becomes "what are your rights": letters and digits, single spaces. */
    public static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The candidate closest to {@code written}, as {@link #suggest} finds it. */
    public static String closest(String written, Collection<String> candidates) {
        return among(candidates).suggest(written);
    }

    /**
     * The candidate closest to {@code written} once both are normalised, if it is close enough to be
     * the same title misremembered: within a third of the title's length in edits (at least two).
     *
     * @return the candidate as given, or {@code null} (also once the budget is spent)
     */
    public String suggest(String written) {
        String target = normalise(written);
        int allowed = Math.max(2, target.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        // Titles far apart in length cannot be near misses.
        for (List<Candidate> candidates : byLength.subMap(target.length() - allowed, true,
                target.length() + allowed, true).values()) {
            for (Candidate candidate : candidates) {
                budget -= (long) target.length() * candidate.normalised().length();
                if (budget < 0) {
                    return null;
                }
                int distance = distance(target, candidate.normalised());
                if (distance < bestDistance) {
                    best = candidate.title();
                    bestDistance = distance;
                }
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** Levenshtein distance, in two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
