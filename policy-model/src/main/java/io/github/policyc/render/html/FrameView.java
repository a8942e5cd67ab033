package io.github.policyc.render.html;

import java.util.List;

/**
 * What every page's frame shows, read by the layout template: the document head, the site's header
 * and navigation, the page's heading with the version it is about, and the footer.
 *
 * @param lang         the page's language tag
 * @param title        the page's title
 * @param organisation the controller's legal name
 * @param registration the company registration as a sentence, or {@code null}
 * @param versionLabel how the page names its version: "Version" on a version's page, "Current version" elsewhere
 * @param version      the version the page is about
 * @param effective    that version's effective date in words, such as "1 March 2024"
 * @param effectiveIso that date as {@code YYYY-MM-DD}
 * @param stylesheet   the link to the stylesheet
 * @param canonical    the page's absolute canonical address, or {@code null}
 * @param json         the link to the version's {@code policy.json}, or {@code null} on pages without one
 * @param feed         the link to the JSON Feed of versions
 * @param feedTitle    the feed's title
 * @param navigation   the site's navigation
 * @param bar          the page's place among the versions, or {@code null}
 * @param generatedLang the language of the text policyc writes itself (headings, labels, captions): {@code en}
 *                     on a page in another language, so that templates can say so with {@code lang}; {@code null}
 *                     on an English page
 * @param banner       the consent banner's files, or {@code null} on a site without one
 * @since 0.1.0
 */
public record FrameView(String lang, String title, String organisation, String registration, String versionLabel,
                        String version, String effective, String effectiveIso, String stylesheet, String canonical,
                        String json, String feed, String feedTitle, List<PageView.NavLink> navigation,
                        VersionBar bar, String generatedLang, Banner banner) {

    public FrameView {
        navigation = List.copyOf(navigation);
    }

    /**
     * The consent banner's files, relative to the page. The scripts are deferred, so they run in order
     * once the page is read, and the page works the same without them.
     *
     * @param stylesheet the banner's stylesheet
     * @param script     vanilla-cookieconsent
     * @param config     the generated configuration, which starts the banner
     */
    public record Banner(String stylesheet, String script, String config) {
    }
}
