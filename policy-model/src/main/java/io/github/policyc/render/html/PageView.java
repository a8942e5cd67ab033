package io.github.policyc.render.html;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * What a page template sees: text values (escaped when printed) and pre-rendered, already safe
 * HTML fragments. Templates can read these components and nothing else.
 *
 * @param lang         the page's language tag
 * @param title        the page's title
 * @param organisation the controller's legal name
 * @param registration the company registration as a sentence, or {@code null}
 * @param version      the policy's version
 * @param effective    the effective date in words, such as "1 March 2024"
 * @param effectiveIso the effective date as {@code YYYY-MM-DD}
 * @param navigation   links to the generated pages
 * @param summary      the summary table of purposes, or {@code null} on pages without one
 * @param sections     the page's sections in reading order
 * @since 0.1.0
 */
public record PageView(String lang, String title, String organisation, String registration, String version,
                       String effective, String effectiveIso, List<NavLink> navigation,
                       TemplateHTMLOutputModel summary, List<SectionView> sections) {

    /**
     * A link in the page's navigation.
     *
     * @param href    the link's target
     * @param label   the link's text
     * @param current whether the link is to the page it is on
     */
    public record NavLink(String href, String label, boolean current) {
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
