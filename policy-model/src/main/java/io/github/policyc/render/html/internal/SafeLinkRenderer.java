package io.github.policyc.render.html.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 *
 * <p>A relative link is written relative to the site's root, where the policy is published, so on a page
 * in a version's directory it is prefixed with the way back to the root. A link to one of the version's
 * own files ({@code cookie-policy.html#cookies}) stays as it is: it leads to the same version's file.
 */
public final class SafeLinkRenderer implements NodeRenderer {

    /** A URL that names its scheme, such as {@code https:} or {@code mailto:}. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final HtmlNodeRendererContext context;
    private final SiteRoot root;
    private final List<String> siblings;

    /**
     * @param root     the way from the page to the site's root, such as {@code ../../}; empty at the root
     * @param siblings the files that lie beside every page, in each version's directory as at the root
     */
    public SafeLinkRenderer(HtmlNodeRendererContext context, SiteRoot root, List<String> siblings) {
        this.context = context;
        this.root = root;
        this.siblings = List.copyOf(siblings);
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
        attributes.put("href", context.encodeUrl(fromRoot(url)));
        if (link.getTitle() != null) {
            attributes.put("title", link.getTitle());
        }
        html.tag("a", context.extendAttributes(link, "a", attributes));
        renderChildren(link);
        html.tag("/a");
    }

    /** A relative URL from the site's root as seen from this page; any other URL unchanged. */
    private String fromRoot(String url) {
        if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("/") || url.startsWith("#")
                || url.startsWith("?")) {
            return url;
        }
        String path = url.startsWith("./") ? url.substring(2) : url;
        int end = path.length();
        for (char delimiter : new char[] {'#', '?'}) {
            int at = path.indexOf(delimiter);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return siblings.contains(path.substring(0, end)) ? url : root.link(url, path);
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
