package io.github.policyc.check.internal.scan;

import java.util.Arrays;
import java.util.List;

/**
 * A cheap test of whether a text may hold a match of a rule's patterns: whether it holds any of the
 * words every match must contain. Most prose texts hold none of a rule's words ("policy", "notice" …),
 * and a character loop over them costs a fraction of running the rule's regular expressions, which try
 * every alternative with its look-arounds at every offset.
 *
 * <p>Words are compared with ASCII letters folded to lower case, as a pattern's {@code (?i)} without
 * {@code UNICODE_CASE} folds them: a text this rejects holds no match, whatever the case of its letters.
 */
public final class Keywords {

    /**
     * The words by their first letter (ASCII lower case), {@code null} for letters that start none: one
     * table look-up per character of the text, and then only the words that can stand there, not all
     * of them (trying every word at every candidate letter was 15% of the PC5 checks).
     */
    private final String[][] byFirst = new String[128][];

    private Keywords(List<String> words) {
        for (String word : words) {
            String[] bucket = byFirst[word.charAt(0)];
            String[] grown = bucket == null ? new String[1] : Arrays.copyOf(bucket, bucket.length + 1);
            grown[grown.length - 1] = word;
            byFirst[word.charAt(0)] = grown;
        }
    }

    /** Words written in ASCII lower case, such as "polic" for "policy" and "policies". */
    public static Keywords of(String... words) {
        for (String word : words) {
            if (word.isEmpty() || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("a keyword is ASCII lower-case letters: '" + word + "'");
            }
        }
        return new Keywords(List.of(words));
    }

    /** Whether {@code text} holds any of the words, in any case. */
    public boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            int lower = text.charAt(i) | 0x20; // ASCII letters to lower case; no other character becomes one
            String[] candidates = lower < byFirst.length ? byFirst[lower] : null;
            if (candidates != null && startsAny(text, i, candidates)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAny(String text, int at, String[] candidates) {
        for (String word : candidates) {
            if (startsWith(text, at, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word stands at {@code at}, ASCII letters in either case. Not
     * {@code regionMatches(true, …)}, whose Unicode case mapping per character cost as much as the
     * patterns this saves (5.8% of the pipeline of workload M).
     */
    private static boolean startsWith(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
