package io.github.policyc.render.html;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * What a policy page's template sees: text values (escaped when printed) and pre-rendered, already safe
 * HTML fragments. Templates can read these components and nothing else.
 *
 * @param frame    the frame every page shares: head, navigation, heading, version, footer
 * @param summary  the summary table of purposes, or {@code null} on pages without one
 * @param sections the page's sections in reading order
 * @since 0.1.0
 */
public record PageView(FrameView frame, TemplateHTMLOutputModel summary, List<SectionView> sections) {

    public PageView {
        sections = List.copyOf(sections);
    }

    /**
     * A link in the site's navigation.
     *
     * @param href    the link's target
     * @param label   the link's text
     * @param current whether the link is to the page it is on
     * @param lang    the language of the label where it differs from the page's: {@code en} for the labels
     *                policyc writes ("All versions") on a page in another language, else {@code null}
     */
    public record NavLink(String href, String label, boolean current, String lang) {
    }

    /**
     * A section of prose, its body already rendered.
     *
     * @param id    the section's id, its anchor on the page
     * @param title the section's heading
     * @param body  the section's body as safe HTML
     */
    public record SectionView(String id, String title, TemplateHTMLOutputModel body) {
    }
}
