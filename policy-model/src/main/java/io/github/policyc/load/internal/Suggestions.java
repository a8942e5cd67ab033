package io.github.policyc.load.internal;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for misspelt keys, ids and values. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to what was written, if it is close enough to be a likely typo.
     *
     * @return the suggestion, or {@code null} when no candidate is close
     */
    public static String closest(String written, Collection<String> candidates) {
        String lower = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String candidateLower = candidate.toLowerCase(Locale.ROOT);
            if (candidateLower.equals(lower)) {
                return candidate;
            }
            int distance = distance(lower, candidateLower);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(3, written.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** {@code " (did you mean 'x'?)"}, or an empty string when nothing is close. */
    public static String didYouMean(String written, Collection<String> candidates) {
        String closest = closest(written, candidates);
        return closest == null ? "" : " (did you mean '" + closest + "'?)";
    }

    /** Optimal string alignment distance: edits, counting a swap of neighbours as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
