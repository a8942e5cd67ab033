package io.github.policyc.render.json.internal;

import io.github.policyc.model.Contact;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Prose as plain text, for formats whose text fields are not Markdown: the Markdown rendered as text,
 * contact directives replaced by the contact's address, page directives by the page's title, and
 * block directives dropped (they stand for tables the other format carries as data, if at all).
 * Directives are resolved after rendering because {@code {}} is not Markdown syntax, so they pass
 * through unchanged, and an inserted address cannot be misread as emphasis.
 */
public final class PlainText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .build();

    private final PolicyModel model;

    public PlainText(PolicyModel model) {
        this.model = model;
    }

    /** The prose as text, or {@code null} when there is none. */
    public String of(Prose prose) {
        if (prose == null || prose.isBlank()) {
            return null;
        }
        Node document = PARSER.parse(prose.text());
        document.accept(new ForText());
        String text = RENDERER.render(document);
        List<Directive.Occurrence> occurrences = Directive.scan(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Directive.Occurrence occurrence : occurrences) {
            out.append(text, from, occurrence.start()).append(replacement(occurrence, text));
            from = occurrence.end();
        }
        out.append(text.substring(from));
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private String replacement(Directive.Occurrence occurrence, String text) {
        Directive directive;
        try {
            directive = Directive.of(occurrence);
        } catch (IllegalArgumentException e) {
            return occurrence.written(text);
        }
        return switch (directive.kind()) {
            case CONTACT -> model.contact(directive.argument()).map(PlainText::channel)
                    .orElse(occurrence.written(text));
            case PAGE -> Labelled.yamlName(Page.COOKIES).equals(directive.argument())
                    ? model.policy().cookieTitle() : model.policy().title();
            default -> "";
        };
    }

    /**
     * Adjusts the parsed Markdown for text: a line break inside a paragraph is only where the author's
     * editor wrapped, so it becomes a space; a link to an anchor of the page means nothing outside the
     * page, so only its text is kept.
     */
    private static final class ForText extends AbstractVisitor {
        @Override
        public void visit(SoftLineBreak softLineBreak) {
            softLineBreak.insertBefore(new Text(" "));
            softLineBreak.unlink();
        }

        @Override
        public void visit(Link link) {
            if (link.getDestination().startsWith("#")) {
                link.setDestination("");
            }
            visitChildren(link);
        }
    }

    /** The contact's best channel, in the order the pages link them. */
    private static String channel(Contact contact) {
        if (contact.email() != null) {
            return contact.email();
        }
        if (contact.phone() != null) {
            return contact.phone();
        }
        if (contact.url() != null) {
            return contact.url();
        }
        return contact.address().isEmpty() ? contact.role()
                : contact.role() + ", " + String.join(", ", contact.address());
    }
}
