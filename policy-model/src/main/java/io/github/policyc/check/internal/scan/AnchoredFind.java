package io.github.policyc.check.internal.scan;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches that {@link Matcher#find()} gives in turn, found by trying the pattern, anchored, only at
 * the offsets where a cheap test says a match can start: {@code find()} tries every alternative with
 * its look-arounds at every offset of a text, and a rule's few possible starts (a quote, a word that
 * starts with the right letters) are a small part of them. The answers are the same when every match
 * starts where the test says one can; each rule's test holds its scan to {@code find()} on random texts.
 *
 * <p>Look-behinds see the text before each try (transparent bounds), as they do for {@code find()}.
 * The pattern must not match the empty string.
 */
public final class AnchoredFind {

    private final Matcher matcher;
    private final String text;
    private final IntPredicate mayStart;
    private int from;

    /**
     * @param mayStart whether a match can start at an offset; false only where none can
     */
    public AnchoredFind(Pattern pattern, String text, IntPredicate mayStart) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true);
        this.text = text;
        this.mayStart = mayStart;
    }

    /** Finds the next match, after the previous one, as {@link Matcher#find()} does. */
    public boolean find() {
        for (int at = from; at < text.length(); at++) {
            if (mayStart.test(at)) {
                matcher.region(at, text.length());
                if (matcher.lookingAt()) {
                    if (matcher.end() == at) {
                        throw new IllegalStateException("the pattern matched the empty string: " + matcher.pattern());
                    }
                    from = matcher.end();
                    return true;
                }
            }
        }
        from = text.length();
        return false;
    }

    /** The matcher, at the last match found: its start, end and groups. */
    public Matcher matcher() {
        return matcher;
    }
}
