package io.github.policyc.render.html;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * What a policy page shows below its frame, rendered for a page at one place in the site.
 *
 * @param summary        the summary table of purposes, or {@code null} on pages without one
 * @param sections       the page's sections in reading order
 * @param root           the link from the page to the site's root it was rendered for
 * @param dependsOnPlace whether it holds links relative to the site's root, which read otherwise elsewhere
 */
record PageBody(TemplateHTMLOutputModel summary, List<PageView.SectionView> sections, String root,
                boolean dependsOnPlace) {

    PageBody {
        sections = List.copyOf(sections);
    }

    /** Whether it is the body of a page whose way back to the site's root is {@code root}. */
    boolean fits(String root) {
        return !dependsOnPlace || this.root.equals(root);
    }
}
