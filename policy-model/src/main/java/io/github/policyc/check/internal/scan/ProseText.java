package io.github.policyc.check.internal.scan;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.ProseField;
import io.github.policyc.check.internal.LineIndex;
import io.github.policyc.check.internal.PlainText;
import io.github.policyc.check.internal.ProseLocator;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Prose as its words stand, for rules that look for phrases in it. The text is the Markdown source
 * with the same length, so that an offset of a match maps to the exact source column, but with what
 * readers do not read as words blanked out: link brackets and targets and emphasis markers become
 * spaces (so "our [Cookie Policy](x)" still reads "our  Cookie Policy"), while HTML comments (such as
 * suppressions), link reference definitions and directives become {@link #HIDDEN}, which no phrase
 * pattern crosses. The links themselves, and the directives, are kept with their offsets.
 */
public final class ProseText {

    /** What hidden parts of the source are replaced with: neither a word character nor white space. */
    public static final char HIDDEN = '\uFFFC';

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /**
     * A Markdown link.
     *
     * @param start       offset of its first character ({@code [} or {@code <})
     * @param end         offset after its last character
     * @param destination its target as written
     * @param text        its text, plain
     */
    public record LinkAt(int start, int end, String destination, String text) {

        /** Whether the link's source covers any of the range. */
        public boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    /**
     * A directive that parses, where it stands.
     *
     * @param directive the directive
     * @param start     offset of its {@code {{}
     * @param end       offset after its {@code }}}
     */
    public record DirectiveAt(Directive directive, int start, int end) {
    }

    private final ProseField field;
    private final String text;
    private final List<LinkAt> links;
    private final List<DirectiveAt> directives;
    private final ProseLocator locator;
    /** The contact details written in the text, found the first time a rule asks. */
    private List<ContactDetails.Found> details;

    private ProseText(ProseField field, String text, List<LinkAt> links, List<DirectiveAt> directives,
                      ProseLocator locator) {
        this.field = field;
        this.text = text;
        this.links = links;
        this.directives = directives;
        this.locator = locator;
    }

    /** Every piece of prose of a check, read once and shared by the rules. */
    private record All(List<ProseText> texts) {
    }

    /** Every piece of prose of the model, read; read once per check and shared by the rules that ask. */
    public static List<ProseText> of(CheckContext context) {
        return context.shared(All.class, c -> {
            List<ProseText> texts = new ArrayList<>(c.prose().size());
            for (ProseField field : c.prose()) {
                texts.add(of(field, c.locators().of(field.prose())));
            }
            return new All(List.copyOf(texts));
        }).texts();
    }

    /** The prose, read, with the text of the file it was read from to locate offsets exactly. */
    static ProseText of(ProseField field, String source) {
        return of(field, ProseLocator.of(field.prose(), source, LineIndex.of(source)));
    }

    /** The prose, read; offsets are located by {@link io.github.policyc.model.Prose#locate} alone. */
    public static ProseText of(ProseField field) {
        return of(field, ProseLocator.of(field.prose()));
    }

    private static ProseText of(ProseField field, ProseLocator locator) {
        String source = field.prose().text();
        List<Directive.Occurrence> occurrences = Directive.scan(source);
        boolean syntax = mayHoldSyntax(source);
        if (occurrences.isEmpty() && !syntax) {
            return new ProseText(field, source, List.of(), List.of(), locator); // nothing to blank or hide
        }
        char[] out = source.toCharArray();
        List<LinkAt> links = syntax ? blankMarkdown(source, out) : List.of();
        List<DirectiveAt> directives = new ArrayList<>();
        for (Directive.Occurrence occurrence : occurrences) {
            Optional<Directive> directive = Directive.parse(occurrence);
            if (directive.isEmpty()) {
                continue; // the loader reports it; it is not a directive, so it stays as text
            }
            directives.add(new DirectiveAt(directive.get(), occurrence.start(), occurrence.end()));
            for (int i = occurrence.start(); i < occurrence.end(); i++) {
                if (out[i] != '\n') {
                    out[i] = HIDDEN;
                }
            }
        }
        return new ProseText(field, new String(out), List.copyOf(links), List.copyOf(directives), locator);
    }

    /** Blanks the Markdown syntax of {@code source} in {@code out} and hides what readers do not read. */
    static List<LinkAt> blankMarkdown(String source, char[] out) {
        List<LinkAt> links = new ArrayList<>();
        Node document = PARSER.parse(source);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                int[] range = blankSyntax(link, out);
                if (range != null) {
                    links.add(new LinkAt(range[0], range[1], link.getDestination(), PlainText.of(link)));
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                blankSyntax(image, out);
                visitChildren(image);
            }

            @Override
            public void visit(Emphasis emphasis) {
                blankSyntax(emphasis, out);
                visitChildren(emphasis);
            }

            @Override
            public void visit(StrongEmphasis emphasis) {
                blankSyntax(emphasis, out);
                visitChildren(emphasis);
            }

            @Override
            public void visit(HtmlInline html) {
                if (html.getLiteral().startsWith("<!--")) {
                    hide(html, out);
                }
            }

            @Override
            public void visit(HtmlBlock html) {
                if (html.getLiteral().stripLeading().startsWith("<!--")) {
                    hide(html, out);
                }
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                hide(definition, out);
            }
        });
        return links;
    }

    /**
     * Whether Markdown could read any of the text as what this blanks or hides: every link, image
     * and link reference definition holds a {@code [} (an autolink a {@code <}), every emphasis a
     * {@code *} or {@code _}, every HTML comment a {@code <}. Most paragraphs hold none, and need no
     * parse: it was most of the cost of reading prose.
     */
    static boolean mayHoldSyntax(String source) {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '[' || c == '<' || c == '*' || c == '_') {
                return true;
            }
        }
        return false;
    }

    /** The prose this is. */
    public ProseField field() {
        return field;
    }

    /** The words as they stand: the Markdown source with syntax blanked, offsets kept. */
    public String text() {
        return text;
    }

    /** The prose's Markdown links, in order. */
    public List<LinkAt> links() {
        return links;
    }

    /** The prose's directives, in order. */
    public List<DirectiveAt> directives() {
        return directives;
    }

    /**
     * The email addresses, telephone numbers and web addresses written in the text, in order
     * ({@link ContactDetails#find}): found once per check, for PC203 and PC204 both.
     */
    public List<ContactDetails.Found> details() {
        if (details == null) {
            details = List.copyOf(ContactDetails.find(text));
        }
        return details;
    }

    /** The link whose source covers any of the range, or {@code null}. */
    public LinkAt linkOver(int from, int to) {
        // Links are in order and never overlap, so only the last one starting before {@code to} can.
        int low = 0;
        int high = links.size() - 1;
        int last = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (links.get(middle).start() < to) {
                last = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return last >= 0 && links.get(last).overlaps(from, to) ? links.get(last) : null;
    }

    /** The directive that starts at {@code offset}, or {@code null}. */
    public DirectiveAt directiveAt(int offset) {
        int low = 0;
        int high = directives.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = directives.get(middle).start();
            if (start == offset) {
                return directives.get(middle);
            } else if (start < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return null;
    }

    /** Where an offset of the text stands in the source file (see {@link ProseLocator}). */
    public Location locate(int offset) {
        return locator.locate(offset);
    }

    /** "the body of section 'intro'". */
    public String describe() {
        return field.describe();
    }

    /**
     * Blanks a container's own syntax (its source minus its children's source) with spaces.
     *
     * @return the container's source range, or {@code null} when it has no source spans
     */
    private static int[] blankSyntax(Node container, char[] out) {
        List<SourceSpan> spans = container.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        // The children's spans are in source order: one walk over the container's spans, each child span
        // passed once, not a search of every child span per character (quadratic on a long emphasis).
        List<SourceSpan> kept = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            kept.addAll(child.getSourceSpans());
        }
        kept.sort(Comparator.comparingInt(SourceSpan::getInputIndex));
        int k = 0;
        for (SourceSpan span : spans) {
            for (int i = span.getInputIndex(); i < span.getInputIndex() + span.getLength(); i++) {
                while (k < kept.size() && kept.get(k).getInputIndex() + kept.get(k).getLength() <= i) {
                    k++;
                }
                boolean within = k < kept.size() && kept.get(k).getInputIndex() <= i;
                if (out[i] != '\n' && !within) {
                    out[i] = ' ';
                }
            }
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[] {spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength()};
    }

    private static void hide(Node node, char[] out) {
        for (SourceSpan span : node.getSourceSpans()) {
            for (int i = span.getInputIndex(); i < span.getInputIndex() + span.getLength(); i++) {
                if (out[i] != '\n') {
                    out[i] = HIDDEN;
                }
            }
        }
    }
}
