package io.github.policyc.render.html;

import java.util.List;

/**
 * What the change log ({@code changes.html}) shows: per version, newest first, what changed from the
 * version before, in meaning and in wording.
 *
 * @param frame   the page's frame
 * @param entries one entry per version, newest first
 * @since 0.1.0
 */
public record ChangesView(FrameView frame, List<Entry> entries) {

    public ChangesView {
        entries = List.copyOf(entries);
    }

    /**
     * One version's changes.
     *
     * @param anchor       the entry's id, {@code v} and the version, such as {@code v2024.03}
     * @param version      the version's name
     * @param effective    the date it took effect, in words
     * @param effectiveIso that date as {@code YYYY-MM-DD}
     * @param previous     the version it replaced, or {@code null} for the first version
     * @param page         the version's privacy policy page
     * @param material     whether any change is material
     * @param summary      the changes in a sentence
     * @param changes      the changes in meaning
     * @param text         the changes in wording
     */
    public record Entry(String anchor, String version, String effective, String effectiveIso, Link previous,
                        Link page, boolean material, String summary, List<Item> changes, List<Diff> text) {

        public Entry {
            changes = List.copyOf(changes);
            text = List.copyOf(text);
        }
    }

    /**
     * A change in meaning.
     *
     * @param subject  the part of the policy it concerns
     * @param summary  the change in words
     * @param material whether readers may need to be told, or asked again
     */
    public record Item(String subject, String summary, boolean material) {
    }

    /**
     * A change in wording, as the lines of a diff.
     *
     * @param where the prose that changed
     * @param lines the diff's lines
     */
    public record Diff(String where, List<Line> lines) {

        public Diff {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line of a diff, marked in three ways: by colour, by a visible sign and by words that screen
     * readers say ("Removed:", "Added:"), so that no reader depends on colour alone.
     *
     * @param kind   {@code context}, {@code removed} or {@code added}, for styling
     * @param sign   the visible sign: {@code −}, {@code +} or a space
     * @param spoken the words a screen reader says first, such as "Removed:"
     * @param text   the line's text; empty for a blank line
     */
    public record Line(String kind, String sign, String spoken, String text) {
    }
}
