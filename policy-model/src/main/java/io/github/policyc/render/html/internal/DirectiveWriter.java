package io.github.policyc.render.html.internal;

import io.github.policyc.model.Directive;
import org.commonmark.renderer.html.HtmlWriter;

/** Writes the HTML a directive stands for. */
public interface DirectiveWriter {

    /** Writes a block directive, such as a table. */
    void block(Directive directive, HtmlWriter html);

    /** Writes an inline directive, such as a contact link. */
    void inline(Directive directive, HtmlWriter html);
}
