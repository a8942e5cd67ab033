package io.github.policyc.check.internal.scan;

import java.util.Collection;
import java.util.Locale;

/** Comparing titles as readers would: ignoring case, punctuation and spacing, and suggesting near misses. */
public final class Titles {

    private Titles() {
    }

    /** "What are  your Rights?" becomes "what are your rights": letters and digits, single spaces. */
    public static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The candidate closest to {@code written} once both are normalised, if it is close enough to be
     * the same title misremembered: within a third of the title's length in edits.
     *
     * @return the candidate as given, or {@code null}
     */
    public static String closest(String written, Collection<String> candidates) {
        String target = normalise(written);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String normalised = normalise(candidate);
            // Titles far apart in length cannot be near misses; skip the quadratic distance.
            if (Math.abs(normalised.length() - target.length()) > Math.max(2, target.length() / 3)) {
                continue;
            }
            int distance = distance(target, normalised);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, target.length() / 3) ? best : null;
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
