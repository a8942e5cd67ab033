package io.github.policyc.check.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a piece of parsed Markdown as readers read them, for the checks: its text and code, a
 * line break as a space, markup and HTML left out. (Heading anchors are made by the renderer's own
 * reading, which joins the lines of a heading without a space: see {@code scan.Anchors}.)
 */
public final class PlainText {

    private PlainText() {
    }

    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
