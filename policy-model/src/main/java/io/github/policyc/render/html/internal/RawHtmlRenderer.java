package io.github.policyc.render.html.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Raw HTML written in prose is shown as text, never passed through; HTML comments, which carry
 * notes for authors such as {@code <!-- policyc:ignore … -->}, are left out of the page.
 */
public final class RawHtmlRenderer implements NodeRenderer {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private final HtmlNodeRendererContext context;

    public RawHtmlRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(HtmlBlock.class, HtmlInline.class);
    }

    @Override
    public void render(Node node) {
        HtmlWriter html = context.getWriter();
        if (node instanceof HtmlBlock block) {
            String text = COMMENT.matcher(block.getLiteral()).replaceAll("").strip();
            if (!text.isEmpty()) {
                html.line();
                html.tag("p");
                html.text(text);
                html.tag("/p");
                html.line();
            }
        } else if (node instanceof HtmlInline inline && !inline.getLiteral().startsWith("<!--")) {
            html.text(inline.getLiteral());
        }
    }
}
