package io.github.policyc.render.html;

import java.util.List;

/**
 * What the list of versions ({@code versions/index.html}) shows: every version, newest first.
 *
 * @param frame the page's frame
 * @param rows  one row per version, newest first
 * @since 0.1.0
 */
public record VersionsView(FrameView frame, List<Row> rows) {

    public VersionsView {
        rows = List.copyOf(rows);
    }

    /**
     * One version in the list.
     *
     * @param version        the version's name
     * @param effective      the date it took effect, in words
     * @param effectiveIso   that date as {@code YYYY-MM-DD}
     * @param contentHash    the content hash of its {@code policy.json}
     * @param material       whether it changed the policy materially, in words: "Yes", "No" or "First version"
     * @param materialChange whether it did
     * @param inForce        whether it is the version in force
     * @param privacy        its privacy policy page
     * @param cookies        its cookie policy page
     * @param json           its {@code policy.json}
     * @param changes        its entry in the change log
     */
    public record Row(String version, String effective, String effectiveIso, String contentHash, String material,
                      boolean materialChange, boolean inForce, Link privacy, Link cookies, Link json, Link changes) {
    }
}
