package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.ProseField;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.PlainText;
import io.github.policyc.check.internal.ProseLocator;
import io.github.policyc.model.Location;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** PC404: a heading in prose with nothing under it. */
public final class HeadingWithoutBody implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC404", "heading-without-body", Severity.WARNING, "0.1.0",
            "A heading in the prose has no text under it.",
            "A heading directly followed by another heading of the same or a higher level, or by the end of"
                    + " the text, announces something the policy never says, and is often what is left of a"
                    + " template or of a paragraph that was cut. Write what belongs under the heading, or remove"
                    + " it. (A heading followed by a lower-level heading is fine: its subsections are its body.)");

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (ProseField field : context.prose()) {
            if (!mayHoldHeading(field.prose().text())) {
                continue;
            }
            ProseLocator locator = context.locators().of(field.prose());
            Node document = PARSER.parse(field.prose().text());
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Heading heading) {
                    Node next = nextContent(heading);
                    if (next == null) {
                        out.report(at(field, locator, heading), "heading \"" + PlainText.of(heading).strip() + "\" in " + field.describe()
                                + " has nothing under it before the end of the text", "write what belongs under"
                                + " it, or remove the heading");
                    } else if (next instanceof Heading following && following.getLevel() <= heading.getLevel()) {
                        out.report(at(field, locator, heading), "heading \"" + PlainText.of(heading).strip() + "\" in " + field.describe()
                                + " has nothing under it before the heading \"" + PlainText.of(following).strip() + "\"",
                                "write what belongs under it, or remove the heading");
                    }
                }
            }
        }
    }

    /**
     * Whether Markdown may hold a heading: an ATX heading needs a {@code #}, a Setext heading a line of
     * only {@code =} or only {@code -} (between spaces and tabs) under it. Most prose has neither, and is
     * then not parsed again for this rule (the parse was a third of the rule family's time).
     */
    static boolean mayHoldHeading(String markdown) {
        if (markdown.indexOf('#') >= 0) {
            return true;
        }
        int lineStart = 0;
        while (lineStart <= markdown.length()) {
            int lineEnd = lineStart;
            while (lineEnd < markdown.length() && markdown.charAt(lineEnd) != '\n' && markdown.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (isUnderline(markdown, lineStart, lineEnd)) {
                return true;
            }
            lineStart = lineEnd + 1;
        }
        return false;
    }

    /** Whether the line holds a run of {@code =} or of {@code -} and nothing else but spaces and tabs. */
    private static boolean isUnderline(String markdown, int start, int end) {
        char underline = 0;
        for (int i = start; i < end; i++) {
            char c = markdown.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (c != '=' && c != '-' || underline != 0 && c != underline) {
                return false;
            }
            underline = c;
        }
        return underline != 0;
    }

    /** The next block readers see: thematic breaks, comments and link definitions are no content. */
    private static Node nextContent(Node node) {
        Node next = node.getNext();
        while (next instanceof ThematicBreak || next instanceof LinkReferenceDefinition
                || next instanceof HtmlBlock html && html.getLiteral().stripLeading().startsWith("<!--")) {
            next = next.getNext();
        }
        return next;
    }

    private static Location at(ProseField field, ProseLocator locator, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? field.prose().at() : locator.locate(spans.get(0).getInputIndex());
    }
}
