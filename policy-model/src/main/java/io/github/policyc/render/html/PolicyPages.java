package io.github.policyc.render.html;

import io.github.policyc.model.PolicyModel;
import java.util.Objects;

/**
 * The privacy and cookie pages of one version, wherever the site publishes them: in the version's own
 * directory and, for the version in force, at the site's root too. A page's body (its sections, tables and
 * summary) is rendered once and laid out in each place, unless the authors' prose links a file relative to
 * the site's root, which reads otherwise from each directory; then it is rendered for each. The pages are
 * byte for byte those of {@link HtmlPages#privacyPolicy(PolicyModel, PageContext, PageTemplates)} and
 * {@link HtmlPages#cookiePolicy(PolicyModel, PageContext, PageTemplates)}.
 *
 * <p>Not safe for use by several threads at once.
 *
 * @since 0.1.0
 */
public final class PolicyPages {

    private final PolicyModel model;
    private final PageTemplates templates;
    private PageBody privacy;
    private PageBody cookies;

    /** The pages of {@code model}, laid out with {@code templates}. */
    public PolicyPages(PolicyModel model, PageTemplates templates) {
        this.model = Objects.requireNonNull(model, "model");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * The privacy policy at the place {@code context} describes.
     *
     * @throws UserTemplateException when the user's templates have a mistake
     */
    public String privacyPolicy(PageContext context) {
        if (privacy == null || !privacy.fits(context.root())) {
            privacy = HtmlPages.privacyBody(model, context.root());
        }
        return HtmlPages.privacyPolicy(model, context, templates, privacy);
    }

    /**
     * The cookie policy at the place {@code context} describes.
     *
     * @throws UserTemplateException when the user's templates have a mistake
     */
    public String cookiePolicy(PageContext context) {
        if (cookies == null || !cookies.fits(context.root())) {
            cookies = HtmlPages.cookieBody(model, context.root());
        }
        return HtmlPages.cookiePolicy(model, context, templates, cookies);
    }
}
