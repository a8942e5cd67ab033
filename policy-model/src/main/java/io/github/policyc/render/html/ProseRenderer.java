package io.github.policyc.render.html;

import io.github.policyc.model.Prose;
import io.github.policyc.render.html.internal.AnchoredHeading;
import io.github.policyc.render.html.internal.AnchoredHeadingRenderer;
import io.github.policyc.render.html.internal.DirectiveNodeRenderer;
import io.github.policyc.render.html.internal.DirectivePostProcessor;
import io.github.policyc.render.html.internal.DirectiveWriter;
import io.github.policyc.render.html.internal.RawHtmlRenderer;
import io.github.policyc.render.html.internal.SafeLinkRenderer;
import io.github.policyc.render.html.internal.SiteRoot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the authors' Markdown to safe HTML: raw HTML is escaped, links may only use
 * http, https, mailto and tel (or be relative), images show their alt text, and directives become
 * generated content.
 */
final class ProseRenderer {

    /** URL schemes a link in prose may use; anything else, {@code javascript:} included, is dropped. */
    private static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto", "tel");

    private static final Parser PARSER = Parser.builder().postProcessor(new DirectivePostProcessor()).build();

    private final HtmlRenderer blocks;
    private final HtmlRenderer cells;

    /**
     * @param root the link from the page to the site's root: relative links in prose are relative to the
     *             site's root, where the policy is published, so a page in a version's directory prefixes them
     */
    ProseRenderer(DirectiveWriter directives, SiteRoot root) {
        this.blocks = renderer(directives, false, root);
        this.cells = renderer(directives, true, root);
    }

    private static HtmlRenderer renderer(DirectiveWriter directives, boolean omitSingleParagraph, SiteRoot root) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(SAFE_SCHEMES))
                .omitSingleParagraphP(omitSingleParagraph)
                .softbreak("\n")
                .nodeRendererFactory(context -> new DirectiveNodeRenderer(context, directives))
                .nodeRendererFactory(context -> new SafeLinkRenderer(context, root, SitePaths.VERSION_FILES))
                .nodeRendererFactory(AnchoredHeadingRenderer::new)
                .nodeRendererFactory(RawHtmlRenderer::new)
                .build();
    }

    /**
     * Renders prose as a sequence of blocks. Its headings are shifted so that the highest one is
     * {@code topHeading} (the page's outline stays in order whatever levels the author used) and get
     * the id {@code anchor-heading-text}, so that other prose can link to them.
     */
    String blocks(Prose prose, int topHeading, String anchor) {
        Node document = PARSER.parse(prose.text());
        anchorHeadings(document, topHeading, anchor);
        return blocks.render(document);
    }

    /** Renders short prose for a table cell: a single paragraph loses its {@code <p>}. */
    String cell(Prose prose) {
        Node document = PARSER.parse(prose.text());
        shiftHeadings(headings(document), 4);
        return cells.render(document).strip();
    }

    private static void anchorHeadings(Node document, int top, String anchor) {
        List<Heading> headings = headings(document);
        shiftHeadings(headings, top);
        // The section, purpose or right the prose belongs to has the heading anchor-title: a heading in the
        // prose titled "Title" would repeat that id, so it becomes anchor-title-2. (Anchors does the same.)
        Set<String> used = new HashSet<>(Set.of(anchor + "-title"));
        for (Heading heading : headings) {
            String base = anchor + "-" + slug(heading);
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            AnchoredHeading anchored = new AnchoredHeading(heading.getLevel(), id);
            while (heading.getFirstChild() != null) {
                anchored.appendChild(heading.getFirstChild());
            }
            heading.insertAfter(anchored);
            heading.unlink();
        }
    }

    private static List<Heading> headings(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        return headings;
    }

    private static void shiftHeadings(List<Heading> headings, int top) {
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(top);
        for (Heading heading : headings) {
            heading.setLevel(Math.min(6, heading.getLevel() - highest + top));
        }
    }

    /** "Our standards for email" becomes {@code our-standards-for-email}. */
    private static String slug(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        String slug = text.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "heading" : slug;
    }
}
