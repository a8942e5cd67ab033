package io.github.policyc.check.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers words as they are first seen, so that texts compare as arrays of ints: each word is
 * hashed once per text, not once per comparison.
 */
public final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    /** The ids of the words, in order. */
    public int[] ids(List<String> text) {
        int[] result = new int[text.size()];
        for (int i = 0; i < result.length; i++) {
            String word = text.get(i);
            Integer id = ids.get(word);
            if (id == null) {
                id = words.size();
                ids.put(word, id);
                words.add(word);
            }
            result[i] = id;
        }
        return result;
    }

    public String word(int id) {
        return words.get(id);
    }

    public int size() {
        return words.size();
    }
}
