package io.github.policyc.render.html.internal;

import io.github.policyc.model.Directive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Replaces {@code {{…}}} in text with directive nodes, and a paragraph holding only a block
 * directive with a block node. Text inside code spans and code blocks is not touched.
 *
 * <p>The loader has already checked every directive, so one that does not parse here is left as text.
 */
public final class DirectivePostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("{{")) {
                    texts.add(text);
                }
            }
        });
        texts.forEach(DirectivePostProcessor::split);
        return document;
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        int position = 0;
        Node anchor = text;
        for (Directive.Occurrence occurrence : Directive.scan(literal)) {
            Optional<Directive> parsed = Directive.parse(occurrence);
            if (parsed.isEmpty()) {
                continue; // the loader reported it
            }
            Directive directive = parsed.get();
            if (occurrence.start() > position) {
                anchor = insertAfter(anchor, new Text(literal.substring(position, occurrence.start())));
            }
            anchor = insertAfter(anchor, new DirectiveNodes.Inline(directive));
            position = occurrence.end();
        }
        if (anchor == text) {
            return;
        }
        if (position < literal.length()) {
            insertAfter(anchor, new Text(literal.substring(position)));
        }
        text.unlink();
        promoteBlock(anchor.getParent());
    }

    private static Node insertAfter(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }

    /** A paragraph whose only content is a block directive becomes that block. */
    private static void promoteBlock(Node parent) {
        if (!(parent instanceof Paragraph paragraph)) {
            return;
        }
        Node only = paragraph.getFirstChild();
        if (only instanceof DirectiveNodes.Inline inline && only.getNext() == null
                && inline.directive().kind().isBlock()) {
            paragraph.insertAfter(new DirectiveNodes.Block(inline.directive()));
            paragraph.unlink();
        }
    }
}
