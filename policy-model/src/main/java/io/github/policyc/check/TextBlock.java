package io.github.policyc.check;

import io.github.policyc.model.Location;

/**
 * One paragraph or heading of the model's prose, as plain text, with where it stands.
 *
 * @param field   the prose it belongs to
 * @param kind    paragraph or heading
 * @param text    its plain text: Markdown syntax removed, white space collapsed to single spaces
 * @param start   the offset in the prose's Markdown where the block starts
 * @param end     the offset where it ends
 * @param at      where it starts in the source file
 * @param level   the heading level as written (1 to 6), 0 for paragraphs
 * @param inList  whether the paragraph is an item of a list
 * @since 0.1.0
 */
public record TextBlock(ProseField field, Kind kind, String text, int start, int end, Location at, int level,
                        boolean inList) {

    /** What a block is. */
    public enum Kind { PARAGRAPH, HEADING }

    /** The block's Markdown source. */
    public String source() {
        return field.prose().text().substring(start, end);
    }

    /**
     * Where {@code needle} first stands in the block's source, or the block's start when the Markdown
     * source does not hold it as written.
     */
    public Location locate(String needle) {
        int index = field.prose().text().indexOf(needle, start);
        return index >= 0 && index < end ? field.prose().locateOffset(index) : at;
    }

    /** The number of words. */
    public int words() {
        return text.isBlank() ? 0 : text.split(" ").length;
    }
}
