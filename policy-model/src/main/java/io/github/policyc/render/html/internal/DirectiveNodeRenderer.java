package io.github.policyc.render.html.internal;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/** Renders directive nodes by handing them to a {@link DirectiveWriter}. */
public final class DirectiveNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final DirectiveWriter writer;

    public DirectiveNodeRenderer(HtmlNodeRendererContext context, DirectiveWriter writer) {
        this.context = context;
        this.writer = writer;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(DirectiveNodes.Block.class, DirectiveNodes.Inline.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof DirectiveNodes.Block block) {
            context.getWriter().line();
            writer.block(block.directive(), context.getWriter());
            context.getWriter().line();
        } else if (node instanceof DirectiveNodes.Inline inline) {
            writer.inline(inline.directive(), context.getWriter());
        }
    }
}
