package io.github.policyc.importer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Blocks as lines of Markdown: a blank line between blocks and none between the items of a list, nested
 * items indented under their parent's text, the original's line breaks kept as hard breaks, and email
 * addresses written as the {@code {{contact id}}} of their contact.
 */
public final class MarkdownBlocks {

    private MarkdownBlocks() {
    }

    /**
     * @param blocks     the blocks
     * @param contactIds the contact id of each address, by {@link Emails#key}
     * @return the lines, without line ends; blank lines are empty
     */
    public static List<LocatedText> lines(List<Block> blocks, Map<String, String> contactIds) {
        List<LocatedText> lines = new ArrayList<>();
        int[] markerWidths = new int[8];
        int[] numbers = new int[8];
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null && !(block instanceof Block.ListItem && previous instanceof Block.ListItem)) {
                lines.add(LocatedText.empty());
            }
            if (!(block instanceof Block.ListItem)) {
                Arrays.fill(numbers, 0);
            }
            if (block instanceof Block.Heading h) {
                lines.add(LocatedText.builder().markup("#".repeat(Math.min(6, h.level())) + " ")
                        .append(MarkdownText.heading(Emails.link(h.text(), contactIds))).build());
            } else if (block instanceof Block.Paragraph p) {
                for (int i = 0; i < p.lines().size(); i++) {
                    LocatedText.Builder line = LocatedText.builder()
                            .append(MarkdownText.line(Emails.link(p.lines().get(i), contactIds)));
                    if (i + 1 < p.lines().size()) {
                        line.markup("\\"); // a hard line break, as the original broke the line
                    }
                    lines.add(line.build());
                }
            } else if (block instanceof Block.ListItem item) {
                lines.add(item(item, markerWidths, numbers, contactIds));
            } else if (block instanceof Block.Rights r) {
                lines.add(LocatedText.anchored("{{rights}}", r.origin()));
            }
            previous = block;
        }
        return lines;
    }

    private static LocatedText item(Block.ListItem item, int[] markerWidths, int[] numbers,
                                    Map<String, String> contactIds) {
        int depth = Math.min(item.depth(), markerWidths.length - 1);
        int indent = 0;
        for (int d = 0; d < depth; d++) {
            indent += markerWidths[d] == 0 ? 2 : markerWidths[d];
        }
        for (int d = depth + 1; d < numbers.length; d++) {
            numbers[d] = 0;
        }
        String marker = item.ordered() ? ++numbers[depth] + ". " : "- ";
        if (!item.ordered()) {
            numbers[depth] = 0;
        }
        markerWidths[depth] = marker.length();
        return LocatedText.builder().markup(" ".repeat(indent) + marker)
                .append(MarkdownText.line(Emails.link(item.text(), contactIds))).build();
    }
}
