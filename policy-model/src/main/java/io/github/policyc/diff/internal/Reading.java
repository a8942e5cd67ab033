package io.github.policyc.diff.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Whether two versions of a piece of Markdown read the same: a paragraph wrapped over other lines,
 * trailing white space, {@code *a*} for {@code _a_} or different line ends change the source but not
 * what readers see, so they are not changes to report. Paragraph breaks, list nesting, hard line
 * breaks and every word still count.
 */
public final class Reading {

    private static final Parser PARSER = Parser.builder().build();
    /** Soft line breaks as spaces: a browser shows them so, and then re-wrapping changes nothing. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).softbreak(" ").build();

    private Reading() {
    }

    public static boolean same(String older, String newer) {
        String a = Lines.normalised(older);
        String b = Lines.normalised(newer);
        return a.equals(b) || HTML.render(PARSER.parse(a)).equals(HTML.render(PARSER.parse(b)));
    }
}
