package io.github.policyc.check.internal;

import io.github.policyc.check.TextBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wording the duplicate rules share: excerpts, counts and lists of places. */
public final class DuplicateMessages {

    private static final int EXCERPT_WORDS = 8;
    private static final int MAX_LISTED = 4;

    private DuplicateMessages() {
    }

    /** The first words of a text, quoted: {@code "Whenever we share personal data, we take all…"}. */
    public static String quote(String text) {
        String[] words = text.strip().split("\\s+");
        return "\"" + (words.length <= EXCERPT_WORDS ? text.strip()
                : String.join(" ", List.of(words).subList(0, EXCERPT_WORDS)) + "…") + "\"";
    }

    /** "twice", "3 times". */
    public static String times(int count) {
        return count == 2 ? "twice" : count + " times";
    }

    /** "93% alike", rounded down so that it never shows more than the texts share. */
    public static String alike(double similarity) {
        return (int) Math.floor(similarity * 100 + 1e-9) + "% alike";
    }

    /**
     * How often paragraphs are said, and where, each place once: "twice in the body of section 'a'",
     * "3 times: in the body of section 'a' (twice) and the description of purpose 'b'".
     */
    public static String saidWhere(List<TextBlock> paragraphs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        paragraphs.forEach(p -> counts.merge(p.field().describe(), 1, Integer::sum));
        if (counts.size() == 1) {
            return times(paragraphs.size()) + " in " + counts.keySet().iterator().next();
        }
        List<String> places = new ArrayList<>();
        counts.forEach((place, count) -> places.add(count == 1 ? place : place + " (" + times(count) + ")"));
        return times(paragraphs.size()) + ": in " + list(places);
    }

    /** "a", "a and b", "a, b and c", "a, b, c, d and 3 more". */
    public static String list(List<String> items) {
        List<String> shown = new ArrayList<>(items.subList(0, Math.min(items.size(), MAX_LISTED)));
        if (items.size() > MAX_LISTED) {
            shown.add(items.size() - MAX_LISTED + " more");
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }
}
