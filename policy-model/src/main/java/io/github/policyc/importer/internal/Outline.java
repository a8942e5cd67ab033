package io.github.policyc.importer.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The document cut into sections: each heading that starts a section, with the blocks under it. Text
 * before the first such heading forms a preamble section without a heading.
 *
 * @param title    the document's title, or {@code null}
 * @param sections the sections in reading order
 */
public record Outline(LocatedText title, List<Section> sections) {

    public Outline {
        sections = List.copyOf(sections);
    }

    /**
     * One section.
     *
     * @param heading the heading's text, or {@code null} for the preamble
     * @param blocks  the blocks under the heading, sub-headings included
     */
    public record Section(LocatedText heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }

        public boolean isPreamble() {
            return heading == null;
        }
    }

    /** Cuts a document at the headings of level 2, and at the first heading whatever its level. */
    public static Outline of(ParsedDocument document) {
        List<Section> sections = new ArrayList<>();
        LocatedText heading = null;
        List<Block> blocks = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h && (h.level() == 2 || heading == null)) {
                if (heading != null || !blocks.isEmpty()) {
                    sections.add(new Section(heading, blocks));
                }
                heading = h.text();
                blocks = new ArrayList<>();
            } else {
                blocks.add(block);
            }
        }
        if (heading != null || !blocks.isEmpty()) {
            sections.add(new Section(heading, blocks));
        }
        return new Outline(document.title(), sections);
    }
}
