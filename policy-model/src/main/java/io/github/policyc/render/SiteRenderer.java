package io.github.policyc.render;

import io.github.policyc.cookies.ConsentBanner;
import io.github.policyc.cookies.ConsentRevision;
import io.github.policyc.diff.ChangeLogJson;
import io.github.policyc.diff.VersionChanges;
import io.github.policyc.history.PolicyVersion;
import io.github.policyc.history.Timeline;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.Site;
import io.github.policyc.render.feed.Feed;
import io.github.policyc.render.feed.JsonFeed;
import io.github.policyc.render.html.HtmlPages;
import io.github.policyc.render.html.Link;
import io.github.policyc.render.html.PageContext;
import io.github.policyc.render.html.PageTemplates;
import io.github.policyc.render.html.PolicyPages;
import io.github.policyc.render.html.SitePaths;
import io.github.policyc.render.html.UserTemplateException;
import io.github.policyc.render.html.VersionBar;
import io.github.policyc.render.html.VersionEntry;
import io.github.policyc.render.json.ContentHash;
import io.github.policyc.render.json.JsonExporter;
import io.github.policyc.render.json.TiltExporter;
import io.github.policyc.schema.SchemaFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every file of a policy's site: each version's pages and {@code policy.json} under
 * {@code versions/<version>/}, the version in force also at the root, the list of versions, the change
 * log as a page and as JSON, the JSON Feed of versions, the JSON Schemas of the formats, the TILT
 * document of the version in force, the stylesheet and, when the version in force sets cookies that
 * need consent, the consent banner ({@link ConsentBanner}). Rendering is pure: the same
 * input gives byte-identical files.
 *
 * <pre>
 * privacy-policy.html  cookie-policy.html  policy.json      the version in force
 * versions/index.html                                        every version
 * versions/&lt;version&gt;/{privacy-policy.html,cookie-policy.html,policy.json}
 * changes.html  changes.json  feed.json  tilt.json  assets/policyc.css
 * assets/cookieconsent{-config.js,.umd.js,.css,-LICENSE.txt}   with cookies that need consent
 * schema/policy-model.schema.json  schema/policy.schema.json
 * </pre>
 *
 * @since 0.1.0
 */
public final class SiteRenderer {

    private SiteRenderer() {
    }

    /** The site of a model with no history: one version, not released. */
    public static Site render(PolicyModel model) {
        return render(Timeline.of(new PolicyVersion(model, JsonExporter.write(model), false)), null);
    }

    /**
     * The site of every version in {@code timeline}.
     *
     * @param baseUrl the address the site is published at, or {@code null}: links are then relative, the
     *                pages name no canonical address and the feed's addresses are relative to the feed
     */
    public static Site render(Timeline timeline, BaseUrl baseUrl) {
        return render(timeline, baseUrl, PageTemplates.builtIn());
    }

    /**
     * The site of every version in {@code timeline}, its pages laid out with {@code templates}.
     *
     * @throws UserTemplateException when the user's templates have a mistake
     */
    public static Site render(Timeline timeline, BaseUrl baseUrl, PageTemplates templates) {
        return new Rendering(timeline, baseUrl, templates).site();
    }

    /** One rendering: the timeline, the site's address, the templates, and the links between the files. */
    private record Rendering(Timeline timeline, BaseUrl baseUrl, PageTemplates templates) {

        Site site() {
            Site.Builder site = Site.builder();
            List<PolicyVersion> versions = timeline.versions();
            int latest = versions.size() - 1;
            PolicyPages inForcePages = null;
            for (int i = 0; i < versions.size(); i++) {
                PolicyVersion version = versions.get(i);
                String directory = SitePaths.ofVersion(version.version(), "");
                PolicyPages pages = new PolicyPages(version.model(), templates);
                pages(site, i, directory, pages);
                site.add(directory + SitePaths.POLICY_JSON, version.policyJson());
                inForcePages = pages;
            }
            // The same pages again at the root: their bodies are rendered once unless the prose links from the root.
            pages(site, latest, "", inForcePages);
            site.add(SitePaths.POLICY_JSON, versions.get(latest).policyJson());
            PolicyModel inForce = versions.get(latest).model();
            site.add(SitePaths.VERSIONS, HtmlPages.versionsIndex(inForce, context(SitePaths.VERSIONS, null),
                    entries(SitePaths.VERSIONS), templates));
            site.add(SitePaths.CHANGES, HtmlPages.changeLog(inForce, context(SitePaths.CHANGES, null),
                    entries(SitePaths.CHANGES), templates));
            site.add(SitePaths.CHANGES_JSON, ChangeLogJson.write(newestFirst(timeline.changes())));
            site.add(SitePaths.FEED, JsonFeed.write(feed()));
            SameForEverySite.SCHEMAS.forEach(site::add);
            site.add(TiltExporter.FILE, TiltExporter.write(inForce, exportHash(versions.get(latest)),
                    new TiltExporter.Publication(versions.size(), address(TiltExporter.FILE, SitePaths.PRIVACY), true)));
            site.add(SitePaths.STYLESHEET, SameForEverySite.STYLESHEET);
            if (banner()) {
                site.add(ConsentBanner.CONFIG, ConsentBanner.script(inForce, ConsentRevision.of(timeline)));
                SameForEverySite.BANNER.forEach(site::add);
            }
            return site.build();
        }

        /**
         * The content hash of the JSON export of a version's model, as TILT names it. An unreleased version's
         * {@code policy.json} is that export ({@link io.github.policyc.history.History#timeline} and
         * {@link #render(PolicyModel)} write it so), so it declares the hash already; a released version's is the
         * file as it was frozen, which need not be byte for byte what this exporter writes of the model read from it.
         */
        private static String exportHash(PolicyVersion version) {
            return version.released() ? ContentHash.of(JsonExporter.canonical(version.model())) : version.contentHash();
        }

        /** Whether the site has the consent banner: the version in force sets cookies that need consent. */
        private boolean banner() {
            return ConsentBanner.isNeeded(timeline.latest().model());
        }

        /** The privacy and cookie pages of the version at {@code index}, in {@code directory}. */
        private void pages(Site.Builder site, int index, String directory, PolicyPages pages) {
            String privacy = directory + SitePaths.PRIVACY;
            String cookies = directory + SitePaths.COOKIES;
            site.add(privacy, pages.privacyPolicy(context(privacy, bar(index, privacy, SitePaths.PRIVACY))));
            site.add(cookies, pages.cookiePolicy(context(cookies, bar(index, cookies, SitePaths.COOKIES))));
        }

        private PageContext context(String page, VersionBar bar) {
            String directory = page.substring(0, page.lastIndexOf('/') + 1);
            boolean versionPage = bar != null;
            return new PageContext(SitePaths.root(page),
                    versionPage ? SitePaths.PRIVACY : href(page, SitePaths.PRIVACY),
                    versionPage ? SitePaths.COOKIES : href(page, SitePaths.COOKIES),
                    versionPage ? address(page, directory + SitePaths.POLICY_JSON) : null,
                    href(page, SitePaths.VERSIONS), href(page, SitePaths.CHANGES), href(page, SitePaths.FEED),
                    canonical(page), bar, banner());
        }

        /**
         * Where the page of the version at {@code index} sits among the versions.
         *
         * @param page the page's path in the site
         * @param file the page's file name, the same in every version's directory
         */
        private VersionBar bar(int index, String page, String file) {
            List<PolicyVersion> versions = timeline.versions();
            PolicyVersion version = versions.get(index);
            PolicyVersion previous = index > 0 ? versions.get(index - 1) : null;
            PolicyVersion next = index < versions.size() - 1 ? versions.get(index + 1) : null;
            boolean atRoot = !page.startsWith("versions/");
            return new VersionBar(
                    previous == null ? null : new Link(href(page, SitePaths.ofVersion(previous.version(), file)),
                            previous.version()),
                    next == null ? null : new Link(href(page, SitePaths.ofVersion(next.version(), file)), next.version()),
                    next == null ? null : HtmlPages.date(next.effective()),
                    next == null ? null : next.effective().toString(),
                    next == null ? null : new Link(href(page, file), "Read the version in force"),
                    new Link(href(page, SitePaths.CHANGES) + "#" + HtmlPages.changeLogAnchor(version.version()),
                            previous == null ? "Change log" : "What changed in version " + version.version()),
                    atRoot ? new Link(href(page, SitePaths.ofVersion(version.version(), file)),
                            "Permanent address of version " + version.version()) : null);
        }

        /** Every version, newest first, with links from {@code page}. */
        private List<VersionEntry> entries(String page) {
            List<PolicyVersion> versions = timeline.versions();
            List<VersionEntry> entries = new ArrayList<>();
            for (int i = versions.size() - 1; i >= 0; i--) {
                PolicyVersion version = versions.get(i);
                String name = version.version();
                VersionChanges changes = timeline.changesTo(i);
                PolicyVersion previous = i > 0 ? versions.get(i - 1) : null;
                entries.add(new VersionEntry(name, version.effective(), version.contentHash(), changes,
                        ChangeSummary.sentence(changes), i == versions.size() - 1,
                        new Link(href(page, SitePaths.ofVersion(name, SitePaths.PRIVACY)), version.model().policy().title()),
                        new Link(href(page, SitePaths.ofVersion(name, SitePaths.COOKIES)),
                                version.model().policy().cookieTitle()),
                        new Link(address(page, SitePaths.ofVersion(name, SitePaths.POLICY_JSON)), "JSON"),
                        new Link(href(page, SitePaths.CHANGES) + "#" + HtmlPages.changeLogAnchor(name), "What changed"),
                        previous == null ? null : new Link(href(page, SitePaths.ofVersion(previous.version(),
                                SitePaths.PRIVACY)), previous.version())));
            }
            return entries;
        }

        private Feed feed() {
            List<PolicyVersion> versions = timeline.versions();
            PolicyModel inForce = timeline.latest().model();
            List<Feed.Item> items = new ArrayList<>();
            for (int i = versions.size() - 1; i >= 0; i--) {
                PolicyVersion version = versions.get(i);
                PolicyModel model = version.model();
                VersionChanges changes = timeline.changesTo(i);
                items.add(new Feed.Item("policyc:" + model.policy().id() + ":" + version.version(),
                        url(SitePaths.ofVersion(version.version(), SitePaths.PRIVACY)),
                        model.policy().title() + ", version " + version.version() + ", effective from "
                                + HtmlPages.date(version.effective()),
                        ChangeSummary.sentence(changes), ChangeSummary.text(changes), version.effective(),
                        model.policy().language(), version.version(),
                        url(SitePaths.ofVersion(version.version(), SitePaths.POLICY_JSON)), version.contentHash(),
                        changes != null && changes.material()));
            }
            String organisation = inForce.controller().name();
            return new Feed("Versions of the " + inForce.policy().title() + " of " + organisation,
                    url(SitePaths.VERSIONS), url(SitePaths.FEED),
                    "Every version of the " + inForce.policy().title() + " of " + organisation
                            + ", newest first, with what changed in each.",
                    inForce.policy().language(), organisation, baseUrl == null, items);
        }

        /** The link from {@code page} to a file of the site, always relative. */
        private static String href(String page, String target) {
            return SitePaths.relative(page, target);
        }

        /** The link from {@code page} to a file of the site: absolute when the site's address is known. */
        private String address(String page, String target) {
            return baseUrl == null ? href(page, target) : baseUrl.resolve(target);
        }

        /** The address of a file for the feed: absolute, or relative to the feed at the site's root. */
        private String url(String target) {
            return baseUrl == null ? target : baseUrl.resolve(target);
        }

        /**
         * A page's canonical address. The copy of the version in force under {@code versions/} names the page at
         * the root, which says the same: search engines then show readers the address that stays current.
         */
        private String canonical(String page) {
            if (baseUrl == null) {
                return null;
            }
            String latest = SitePaths.ofVersion(timeline.latest().version(), "");
            return baseUrl.resolve(page.startsWith(latest) ? page.substring(latest.length()) : page);
        }

        private static List<VersionChanges> newestFirst(List<VersionChanges> changes) {
            List<VersionChanges> reversed = new ArrayList<>(changes);
            Collections.reverse(reversed);
            return reversed;
        }
    }

    /**
     * The files that are the same in every site, made once per JVM (a set of policies has hundreds of sites):
     * the schemas, generated from the model's records by reflection, and the assets, read from the jar. Sites
     * share the arrays, which {@link Site} says must not be changed.
     */
    private static final class SameForEverySite {

        static final Map<String, byte[]> SCHEMAS = utf8(SchemaFiles.all());

        static final byte[] STYLESHEET = resource("html/" + SitePaths.STYLESHEET);

        /** The consent banner's script, stylesheet and licence, in that order. */
        static final Map<String, byte[]> BANNER = resources(ConsentBanner.SCRIPT, ConsentBanner.STYLESHEET,
                ConsentBanner.LICENSE);

        private SameForEverySite() {
        }

        private static Map<String, byte[]> utf8(Map<String, String> texts) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
            return Collections.unmodifiableMap(files);
        }

        private static Map<String, byte[]> resources(String... paths) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String path : paths) {
                files.put(path, resource("html/" + path));
            }
            return Collections.unmodifiableMap(files);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
