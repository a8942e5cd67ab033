package io.github.policyc.check;

import io.github.policyc.cookies.CookieEvidence;
import java.util.Objects;

/**
 * Settings of the checks.
 *
 * @param nearDuplicateThreshold how alike two paragraphs must be, as the Jaccard similarity of their
 *                               words counted with repeats (shared words / all words of both, each word
 *                               as often as it occurs), to count as near-duplicates (0.5 to 1)
 * @param nearDuplicateMinWords  paragraphs with fewer words are not compared for near-duplicates
 * @param cookies                the Open Cookie Database and the cookies a browser session of the site
 *                               shows, for the rules that compare the inventory with them
 * @since 0.1.0
 */
public record CheckOptions(double nearDuplicateThreshold, int nearDuplicateMinWords, CookieEvidence cookies) {

    /** Near-duplicates at 0.8 similarity among paragraphs of 8 words or more; no cookie evidence. */
    public static final CheckOptions DEFAULT = new CheckOptions(0.8, 8);

    /** The options without cookie evidence. */
    public CheckOptions(double nearDuplicateThreshold, int nearDuplicateMinWords) {
        this(nearDuplicateThreshold, nearDuplicateMinWords, CookieEvidence.NONE);
    }

    /** These options with {@code cookies} as the cookie evidence. */
    public CheckOptions withCookies(CookieEvidence cookies) {
        return new CheckOptions(nearDuplicateThreshold, nearDuplicateMinWords, cookies);
    }

    public CheckOptions {
        Objects.requireNonNull(cookies, "cookies");
        if (nearDuplicateThreshold < 0.5 || nearDuplicateThreshold > 1) {
            throw new IllegalArgumentException("the near-duplicate threshold must lie between 0.5 and 1, not "
                    + nearDuplicateThreshold);
        }
        if (nearDuplicateMinWords < 1) {
            throw new IllegalArgumentException("the minimum paragraph length must be positive");
        }
    }
}
