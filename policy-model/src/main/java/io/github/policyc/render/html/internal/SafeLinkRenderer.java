package io.github.policyc.render.html.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders Markdown links and images for a page readers can trust.
 *
 * <p>A link whose URL the sanitiser rejects ({@code javascript:}, {@code data:} …) becomes its plain
 * text rather than a link to nowhere. An image becomes its alt text: a policy page must not make its
 * readers' browsers fetch files from elsewhere, which would tell a third party who reads the policy.
 */
public final class SafeLinkRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    public SafeLinkRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Image image) {
            context.getWriter().text(altText(image));
        } else if (node instanceof Link link) {
            link(link);
        }
    }

    private void link(Link link) {
        String url = context.urlSanitizer().sanitizeLinkUrl(link.getDestination());
        if (url.isEmpty()) {
            renderChildren(link);
            return;
        }
        HtmlWriter html = context.getWriter();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", context.encodeUrl(url));
        if (link.getTitle() != null) {
            attributes.put("title", link.getTitle());
        }
        html.tag("a", context.extendAttributes(link, "a", attributes));
        renderChildren(link);
        html.tag("/a");
    }

    private void renderChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                alt.append(text.getLiteral());
            }
        }
        return alt.toString();
    }
}
