package io.github.policyc.importer.internal;

import java.util.List;

/** One block of the document's body, as read from the original. Texts are literal, with markup only for links. */
public sealed interface Block {

    /** The block's texts, in order. */
    List<LocatedText> texts();

    /**
     * A heading inside the document.
     *
     * @param level 2 for a heading that starts a section, 3 and more for headings inside one
     * @param text  the heading's text
     */
    record Heading(int level, LocatedText text) implements Block {

        @Override
        public List<LocatedText> texts() {
            return List.of(text);
        }
    }

    /**
     * A paragraph.
     *
     * @param lines its lines: one, unless the original broke the paragraph with line breaks
     */
    record Paragraph(List<LocatedText> lines) implements Block {

        public Paragraph {
            lines = List.copyOf(lines);
        }

        public Paragraph(LocatedText line) {
            this(List.of(line));
        }

        @Override
        public List<LocatedText> texts() {
            return lines;
        }
    }

    /**
     * An item of a list.
     *
     * @param text    the item's text
     * @param depth   0 for a top-level item, 1 for an item of a list inside an item, and so on
     * @param ordered whether the list is numbered
     */
    record ListItem(LocatedText text, int depth, boolean ordered) implements Block {

        @Override
        public List<LocatedText> texts() {
            return List.of(text);
        }
    }

    /**
     * Where the rights taken out of a section into the model's {@code rights:} are shown:
     * {@code {{rights}}}.
     *
     * @param origin the offset of the first right's heading in the original
     */
    record Rights(int origin) implements Block {

        @Override
        public List<LocatedText> texts() {
            return List.of();
        }
    }
}
