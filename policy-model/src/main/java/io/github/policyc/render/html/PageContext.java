package io.github.policyc.render.html;

import io.github.policyc.cookies.ConsentBanner;
import java.util.Objects;

/**
 * Where a page sits in the published site, as the links it needs: every page links the pages of its
 * version, the list of versions, the change log and the feed, relative to its own address so that the
 * site works wherever it is served from.
 *
 * @param root       the link to the site's root directory: empty at the root, {@code ../../} in a version's
 *                   directory. Relative links in the authors' prose are written relative to the root.
 * @param privacy    the privacy policy (of the same version, on a version's page)
 * @param cookies    the cookie policy (of the same version, on a version's page)
 * @param json       the {@code policy.json} of the version the page shows, or {@code null} on pages that show
 *                   no single version
 * @param versions   the list of every version
 * @param changes    the change log
 * @param feed       the JSON Feed of versions
 * @param canonical  the page's absolute canonical address, or {@code null} when the site's address is unknown
 * @param bar        the page's place among the versions, or {@code null} on pages that are not a version's
 * @param banner     whether the site has the consent banner, which every page then loads: the banner is about
 *                   the cookies the site sets now, so old versions' pages load it too
 * @since 0.1.0
 */
public record PageContext(String root, String privacy, String cookies, String json, String versions,
                          String changes, String feed, String canonical, VersionBar bar, boolean banner) {

    /** A page at the site's root, with relative links to the site's other files, no versions bar and no banner. */
    public static final PageContext ROOT = new PageContext("", SitePaths.PRIVACY, SitePaths.COOKIES,
            SitePaths.POLICY_JSON, SitePaths.VERSIONS, SitePaths.CHANGES, SitePaths.FEED, null, null, false);

    public PageContext {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(cookies, "cookies");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(feed, "feed");
    }

    /** The stylesheet, relative to the page. */
    public String stylesheet() {
        return root + SitePaths.STYLESHEET;
    }

    /** What the page loads for the consent banner, relative to the page, or {@code null} without a banner. */
    public FrameView.Banner bannerAssets() {
        return banner ? new FrameView.Banner(root + ConsentBanner.STYLESHEET, root + ConsentBanner.SCRIPT,
                root + ConsentBanner.CONFIG) : null;
    }
}
