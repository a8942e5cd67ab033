package io.github.policyc.importer.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Ids made from text: lower case, words joined by {@code -}, unique within one set. */
public final class Slugs {

    private static final int MAX_LENGTH = 60;

    private final Set<String> used = new HashSet<>();
    /** For each base, the number to try next, so that many equal titles cost linear time. */
    private final Map<String, Integer> next = new HashMap<>();

    /** Marks an id as taken. */
    public void reserve(String id) {
        used.add(id);
    }

    /** A slug of {@code text} not handed out before: {@code what-are-my-rights}, then {@code …-2}. */
    public String unique(String text, String fallback) {
        String base = slug(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        int n = next.getOrDefault(base, 2);
        while (!used.add(id)) {
            id = base + "-" + n++;
        }
        next.put(base, n);
        return id;
    }

    /** "What’s our lawful basis?" becomes {@code whats-our-lawful-basis}; at most 60 characters, cut between words. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’‘`]", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
