package io.github.policyc.check.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts said more than once, found in time near-linear in their total length: identical texts by
 * hashing their words, nearly identical ones with {@link NearDuplicates}.
 *
 * @param copies     groups of texts with the same words, each of at least {@code minCopyWords} words
 * @param nearCopies groups of texts with different but nearly the same words, each of at least
 *                   {@code minNearWords} words, one index (the first) for each distinct text
 * @param joined     groups of texts the same or nearly the same, every index of each text
 */
public record TextGroups(List<int[]> copies, List<int[]> nearCopies, List<int[]> joined) {

    /** Word ids compared by value, to find texts with the same words. */
    private record Text(int[] words) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Text text && Arrays.equals(words, text.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }

    /**
     * Groups texts given as word ids (see {@link Words} and {@link Vocabulary}); the indices in each group
     * ascend and groups are ordered by their first index.
     */
    public static TextGroups of(List<int[]> texts, Vocabulary vocabulary, int minCopyWords, int minNearWords,
                                double threshold) {
        Map<Text, List<Integer>> byText = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).length > 0) {
                byText.computeIfAbsent(new Text(texts.get(i)), k -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> copies = new ArrayList<>();
        List<List<Integer>> distinct = new ArrayList<>();
        List<int[]> distinctWords = new ArrayList<>();
        byText.forEach((text, same) -> {
            if (same.size() > 1 && text.words().length >= minCopyWords) {
                copies.add(same.stream().mapToInt(Integer::intValue).toArray());
            }
            if (text.words().length >= minNearWords) {
                distinct.add(same);
                distinctWords.add(text.words());
            }
        });
        List<int[]> near = new NearDuplicates(threshold).find(distinctWords, vocabulary).groups();

        List<int[]> nearCopies = new ArrayList<>();
        UnionFind joined = new UnionFind(texts.size());
        for (int[] group : near) {
            int[] firsts = new int[group.length];
            for (int g = 0; g < group.length; g++) {
                firsts[g] = distinct.get(group[g]).get(0);
                for (int index : distinct.get(group[g])) {
                    joined.union(firsts[0], index);
                }
            }
            nearCopies.add(firsts);
        }
        for (int[] group : copies) {
            for (int index : group) {
                joined.union(group[0], index);
            }
        }
        return new TextGroups(List.copyOf(copies), List.copyOf(nearCopies), joined.groups());
    }
}
