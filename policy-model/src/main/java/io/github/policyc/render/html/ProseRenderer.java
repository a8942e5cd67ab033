package io.github.policyc.render.html;

import io.github.policyc.model.Prose;
import io.github.policyc.render.html.internal.DirectiveNodeRenderer;
import io.github.policyc.render.html.internal.DirectivePostProcessor;
import io.github.policyc.render.html.internal.DirectiveWriter;
import io.github.policyc.render.html.internal.SafeLinkRenderer;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
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

    ProseRenderer(DirectiveWriter directives) {
        this.blocks = renderer(directives, false);
        this.cells = renderer(directives, true);
    }

    private static HtmlRenderer renderer(DirectiveWriter directives, boolean omitSingleParagraph) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(SAFE_SCHEMES))
                .omitSingleParagraphP(omitSingleParagraph)
                .softbreak("\n")
                .nodeRendererFactory(context -> new DirectiveNodeRenderer(context, directives))
                .nodeRendererFactory(SafeLinkRenderer::new)
                .build();
    }

    /**
     * Renders prose as a sequence of blocks, its headings shifted so that the highest one is
     * {@code topHeading} (the page's outline stays in order whatever levels the author used).
     */
    String blocks(Prose prose, int topHeading) {
        Node document = PARSER.parse(prose.text());
        shiftHeadings(document, topHeading);
        return blocks.render(document);
    }

    /** Renders short prose for a table cell: a single paragraph loses its {@code <p>}. */
    String cell(Prose prose) {
        Node document = PARSER.parse(prose.text());
        shiftHeadings(document, 4);
        return cells.render(document).strip();
    }

    private static void shiftHeadings(Node document, int top) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(top);
        for (Heading heading : headings) {
            heading.setLevel(Math.min(6, heading.getLevel() - highest + top));
        }
    }
}
