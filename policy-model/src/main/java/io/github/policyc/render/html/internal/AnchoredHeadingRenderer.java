package io.github.policyc.render.html.internal;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders an {@link AnchoredHeading} as {@code <hN id="…">}. */
public final class AnchoredHeadingRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    public AnchoredHeadingRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(AnchoredHeading.class);
    }

    @Override
    public void render(Node node) {
        AnchoredHeading heading = (AnchoredHeading) node;
        HtmlWriter html = context.getWriter();
        String tag = "h" + heading.level();
        html.line();
        html.tag(tag, Map.of("id", heading.id()));
        for (Node child = heading.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/" + tag);
        html.line();
    }
}
