package io.github.policyc.check.internal;

import io.github.policyc.check.ProseField;
import io.github.policyc.check.TextBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Splits prose into located paragraphs and headings of plain text. */
public final class TextBlocks {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private TextBlocks() {
    }

    public static List<TextBlock> of(List<ProseField> fields, ProseLocators locators) {
        List<TextBlock> blocks = new ArrayList<>();
        for (ProseField field : fields) {
            ProseLocator locator = locators.of(field.prose());
            Node document = PARSER.parse(field.prose().text());
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Paragraph paragraph) {
                    add(field, locator, paragraph, TextBlock.Kind.PARAGRAPH, 0, blocks);
                }

                @Override
                public void visit(Heading heading) {
                    add(field, locator, heading, TextBlock.Kind.HEADING, heading.getLevel(), blocks);
                }
            });
        }
        return blocks;
    }

    private static void add(ProseField field, ProseLocator locator, Block block, TextBlock.Kind kind, int level, List<TextBlock> out) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        String text = collapseWhitespace(PlainText.of(block)).strip();
        out.add(new TextBlock(field, kind, text, first.getInputIndex(), last.getInputIndex() + last.getLength(),
                locator.locate(first.getInputIndex()), level,
                block.getParent() instanceof ListItem));
    }

    /** Each run of ASCII white space ({@code \\s} of a regex) as one space; a regex cost a tenth of PC1. */
    static String collapseWhitespace(String text) {
        StringBuilder collapsed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                collapsed = new StringBuilder(text.length()).append(text, 0, i);
                break;
            }
        }
        if (collapsed == null) {
            return text;
        }
        for (int i = collapsed.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                collapsed.append(c);
            } else if (i == 0 || !isSpace(text.charAt(i - 1))) {
                collapsed.append(' ');
            }
        }
        return collapsed.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
