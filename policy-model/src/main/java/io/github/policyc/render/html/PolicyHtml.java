package io.github.policyc.render.html;

import io.github.policyc.model.Directive;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.render.html.internal.DirectiveWriter;
import io.github.policyc.render.html.internal.SiteRoot;
import org.commonmark.renderer.html.HtmlWriter;

/** The HTML of one model's prose and generated content, with directives resolved against the model. */
final class PolicyHtml implements DirectiveWriter {

    private final PolicyModel model;
    private final Links links;
    private final ProseRenderer prose;
    private final Tables tables;
    private final Blocks blocks;
    private final SiteRoot root;

    /**
     * @param purposeAnchors whether the page has a full section per purpose that tables can link to
     * @param root           the link from the page to the site's root, which relative links in prose start from
     */
    PolicyHtml(PolicyModel model, boolean purposeAnchors, String root) {
        this.model = model;
        this.links = new Links(model);
        this.root = new SiteRoot(root);
        this.prose = new ProseRenderer(this, this.root);
        this.tables = new Tables(model, links, prose, purposeAnchors);
        this.blocks = new Blocks(model, links, prose, tables);
    }

    /**
     * Whether some HTML written so far holds a link relative to the site's root, which reads otherwise on a page
     * elsewhere in the site; HTML without one is the same in every directory.
     */
    boolean dependsOnPlace() {
        return root.used();
    }

    /** A section body, its headings starting at level 3 under the section's level-2 heading. */
    String section(String id, Prose body) {
        return prose.blocks(body, 3, id);
    }

    /** The summary table of purposes, and whether decisions are made by automated means alone. */
    String summary() {
        StringBuilder out = new StringBuilder();
        HtmlWriter html = new HtmlWriter(out);
        tables.summary(html);
        blocks.automatedDecisions(html);
        return out.toString();
    }

    /** The cookie inventory by category, for a cookie policy without its own sections. */
    String cookies() {
        StringBuilder out = new StringBuilder();
        blocks.cookies(new HtmlWriter(out));
        return out.toString();
    }

    @Override
    public void block(Directive directive, HtmlWriter html) {
        switch (directive.kind()) {
            case TABLE -> tables.write(directive.table(), html);
            case PURPOSES -> blocks.purposes(html);
            case RIGHTS -> blocks.rights(html);
            case CONTROLLER -> blocks.controller(html);
            case AUTHORITY -> blocks.authority(html);
            case COOKIES -> blocks.cookies(html);
            case DATAMAP -> new DataMap(model).write(html);
            default -> inline(directive, html);
        }
    }

    @Override
    public void inline(Directive directive, HtmlWriter html) {
        switch (directive.kind()) {
            case CONTACT -> links.contact(html, directive.argument());
            case PAGE -> links.page(html, directive.argument().equals("cookies") ? Page.COOKIES : Page.PRIVACY);
            default -> html.text(directive.toString());
        }
    }
}
