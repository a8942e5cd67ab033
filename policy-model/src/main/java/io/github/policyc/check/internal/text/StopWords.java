package io.github.policyc.check.internal.text;

import java.util.Set;

/**
 * Common English function words. Every paragraph has many of them, so two unrelated paragraphs
 * share them; MinHash signatures leave them out so that such paragraphs do not become candidates.
 * Verification still counts them.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "d", "did", "do", "does", "doing", "down", "during", "each", "either", "etc", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "ll", "m", "may", "me", "might", "more",
            "most", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
            "our", "ours", "out", "over", "own", "re", "s", "same", "shall", "she", "should", "so", "some",
            "such", "t", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "us", "ve", "very", "was", "we", "were",
            "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with",
            "would", "you", "your", "yours");

    private StopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
