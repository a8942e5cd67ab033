package io.github.policyc.diff.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One part of a policy as it stood in the older and the newer version, matched by its key; either
 * side is {@code null} where the part was added or removed.
 *
 * @param older the part in the older version, or {@code null} when it was added
 * @param newer the part in the newer version, or {@code null} when it was removed
 */
public record Pair<T>(T older, T newer) {

    public boolean added() {
        return older == null;
    }

    public boolean removed() {
        return newer == null;
    }

    /** The newer side where there is one, else the older: what to name the part by. */
    public T current() {
        return newer != null ? newer : older;
    }

    /**
     * Matches the entries of two lists by key, in model order: the newer version's order, with each
     * removed entry where it stood among the entries that stayed, before any added there. Keys must be
     * unique in each list.
     */
    public static <T> List<Pair<T>> match(List<T> older, List<T> newer, Function<T, String> key) {
        Map<String, Integer> olderIndex = new HashMap<>();
        for (int i = 0; i < older.size(); i++) {
            olderIndex.putIfAbsent(key.apply(older.get(i)), i);
        }
        Set<String> newerKeys = new HashSet<>();
        newer.forEach(n -> newerKeys.add(key.apply(n)));
        // For each newer entry, where the next entry that stayed stood in the older list.
        int[] nextStayed = new int[newer.size() + 1];
        nextStayed[newer.size()] = older.size();
        for (int j = newer.size() - 1; j >= 0; j--) {
            Integer at = olderIndex.get(key.apply(newer.get(j)));
            nextStayed[j] = at != null ? at : nextStayed[j + 1];
        }

        List<Pair<T>> pairs = new ArrayList<>();
        int next = 0;
        for (int j = 0; j < newer.size(); j++) {
            for (; next < nextStayed[j]; next++) {
                addIfRemoved(pairs, older.get(next), newerKeys, key);
            }
            Integer at = olderIndex.get(key.apply(newer.get(j)));
            if (at == null) {
                pairs.add(new Pair<>(null, newer.get(j)));
            } else {
                next = Math.max(next, at + 1);
                pairs.add(new Pair<>(older.get(at), newer.get(j)));
            }
        }
        for (; next < older.size(); next++) {
            addIfRemoved(pairs, older.get(next), newerKeys, key);
        }
        return pairs;
    }

    private static <T> void addIfRemoved(List<Pair<T>> pairs, T item, Set<String> newerKeys, Function<T, String> key) {
        if (!newerKeys.contains(key.apply(item))) {
            pairs.add(new Pair<>(item, null));
        }
    }
}
