package io.github.policyc.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.policyc.diff.Change;
import io.github.policyc.diff.TextChange;
import io.github.policyc.model.Controller;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the pages of a policy's site as complete HTML5 documents: the privacy policy and cookie
 * policy of each version, the list of versions and the change log.
 *
 * @since 0.1.0
 */
public final class HtmlPages {

    /** The pages of a site, as its navigation names them. */
    private enum Place { PRIVACY, COOKIES, VERSIONS, CHANGES }

    private HtmlPages() {
    }

    /** The privacy policy as a page at the site's root, without a versions bar. */
    public static String privacyPolicy(PolicyModel model) {
        return privacyPolicy(model, PageContext.ROOT);
    }

    /** The cookie policy as a page at the site's root, without a versions bar. */
    public static String cookiePolicy(PolicyModel model) {
        return cookiePolicy(model, PageContext.ROOT);
    }

    /** The privacy policy: the summary of purposes first, then contents and the full text. */
    public static String privacyPolicy(PolicyModel model, PageContext context) {
        return privacyPolicy(model, context, PageTemplates.builtIn());
    }

    /**
     * The privacy policy, laid out with {@code templates}.
     *
     * @throws UserTemplateException when the user's templates have a mistake
     */
    public static String privacyPolicy(PolicyModel model, PageContext context, PageTemplates templates) {
        return privacyPolicy(model, context, templates, privacyBody(model, context.root()));
    }

    /** The privacy policy around a body rendered for a page with the same way back to the site's root. */
    static String privacyPolicy(PolicyModel model, PageContext context, PageTemplates templates, PageBody body) {
        FrameView frame = frame(model, context, Place.PRIVACY);
        return templates.render("privacy-policy.ftlh", new PageView(frame, body.summary(), body.sections()));
    }

    /** The summary of purposes and the sections of the privacy policy, for a page {@code root} away from the root. */
    static PageBody privacyBody(PolicyModel model, String root) {
        List<Section> sections = model.sections(Page.PRIVACY);
        PolicyHtml html = new PolicyHtml(model, uses(sections, Directive.Kind.PURPOSES), root);
        TemplateHTMLOutputModel summary = model.purposes().isEmpty() ? null : markup(html.summary());
        List<PageView.SectionView> views = views(sections, html);
        return new PageBody(summary, views, root, html.dependsOnPlace());
    }

    /** The cookie policy: its own sections, or the cookie inventory when the model has none. */
    public static String cookiePolicy(PolicyModel model, PageContext context) {
        return cookiePolicy(model, context, PageTemplates.builtIn());
    }

    /**
     * The cookie policy, laid out with {@code templates}.
     *
     * @throws UserTemplateException when the user's templates have a mistake
     */
    public static String cookiePolicy(PolicyModel model, PageContext context, PageTemplates templates) {
        return cookiePolicy(model, context, templates, cookieBody(model, context.root()));
    }

    /** The cookie policy around a body rendered for a page with the same way back to the site's root. */
    static String cookiePolicy(PolicyModel model, PageContext context, PageTemplates templates, PageBody body) {
        FrameView frame = frame(model, context, Place.COOKIES);
        return templates.render("cookie-policy.ftlh", new PageView(frame, null, body.sections()));
    }

    /** The sections of the cookie policy, for a page {@code root} away from the site's root. */
    static PageBody cookieBody(PolicyModel model, String root) {
        List<Section> sections = model.sections(Page.COOKIES);
        PolicyHtml html = new PolicyHtml(model, false, root);
        List<PageView.SectionView> views = sections.isEmpty()
                ? List.of(new PageView.SectionView("cookies", "Cookies we use", markup(html.cookies())))
                : views(sections, html);
        return new PageBody(null, views, root, html.dependsOnPlace());
    }

    /**
     * The list of every version, newest first: version, effective date, content hash, whether it changed
     * the policy materially, and links to its pages, its JSON and its changes.
     *
     * @param latest  the version in force, whose organisation and language the page shows
     * @param entries the versions, newest first
     */
    public static String versionsIndex(PolicyModel latest, PageContext context, List<VersionEntry> entries) {
        return versionsIndex(latest, context, entries, PageTemplates.builtIn());
    }

    /**
     * The list of every version, laid out with {@code templates}.
     *
     * @throws UserTemplateException when the user's templates have a mistake
     */
    public static String versionsIndex(PolicyModel latest, PageContext context, List<VersionEntry> entries,
                                       PageTemplates templates) {
        List<VersionsView.Row> rows = entries.stream()
                .map(e -> new VersionsView.Row(e.version(), Formats.date(e.effective()), e.effective().toString(),
                        e.contentHash(), e.changes() == null ? "First version" : e.changes().material() ? "Yes" : "No",
                        e.changes() != null && e.changes().material(), e.inForce(), e.privacy(), e.cookies(), e.json(),
                        e.changeLog()))
                .toList();
        FrameView frame = frame(latest, context, Place.VERSIONS);
        return templates.render("versions.ftlh", new VersionsView(frame, rows));
    }

    /**
     * The change log: for every version, newest first, what changed from the version before, in meaning
     * (material changes marked) and in wording (as a diff).
     *
     * @param latest  the version in force, whose organisation and language the page shows
     * @param entries the versions, newest first
     */
    public static String changeLog(PolicyModel latest, PageContext context, List<VersionEntry> entries) {
        return changeLog(latest, context, entries, PageTemplates.builtIn());
    }

    /**
     * The change log, laid out with {@code templates}.
     *
     * @throws UserTemplateException when the user's templates have a mistake
     */
    public static String changeLog(PolicyModel latest, PageContext context, List<VersionEntry> entries,
                                   PageTemplates templates) {
        List<ChangesView.Entry> views = entries.stream().map(HtmlPages::changes).toList();
        FrameView frame = frame(latest, context, Place.CHANGES);
        return templates.render("changes.ftlh", new ChangesView(frame, views));
    }

    /** A date as the pages write it, such as "1 March 2024". */
    public static String date(LocalDate date) {
        return Formats.date(date);
    }

    /** The id of a version's entry in the change log. */
    public static String changeLogAnchor(String version) {
        return "v" + version;
    }

    private static ChangesView.Entry changes(VersionEntry entry) {
        List<ChangesView.Item> items = new ArrayList<>();
        List<ChangesView.Diff> diffs = new ArrayList<>();
        if (entry.changes() != null) {
            for (Change change : entry.changes().changes()) {
                items.add(new ChangesView.Item(change.subject(), change.summary(), change.material()));
            }
            for (TextChange text : entry.changes().text()) {
                diffs.add(new ChangesView.Diff(text.where(), text.lines().stream().map(HtmlPages::line).toList()));
            }
        }
        boolean material = entry.changes() != null && entry.changes().material();
        return new ChangesView.Entry(changeLogAnchor(entry.version()), entry.version(), Formats.date(entry.effective()),
                entry.effective().toString(), entry.previous(), entry.privacy(), material, entry.summary(), items, diffs);
    }

    private static ChangesView.Line line(TextChange.Line line) {
        // A blank line would be announced as the bare word "Removed:"; say what it is.
        String blank = line.text().isBlank() ? " (blank line)" : "";
        return switch (line.type()) {
            case REMOVED -> new ChangesView.Line("removed", "\u2212", "Removed" + blank + ":", line.text());
            case ADDED -> new ChangesView.Line("added", "+", "Added" + blank + ":", line.text());
            case CONTEXT -> new ChangesView.Line("context", " ", "Unchanged" + blank + ":", line.text());
        };
    }

    /** The frame of a page: a policy page shows its version; the others are about every version. */
    private static FrameView frame(PolicyModel model, PageContext context, Place place) {
        Links links = new Links(model);
        String english = Formats.generatedLang(model.policy().language());
        List<PageView.NavLink> navigation = List.of(
                new PageView.NavLink(context.privacy(), title(links, Place.PRIVACY), place == Place.PRIVACY, null),
                new PageView.NavLink(context.cookies(), title(links, Place.COOKIES), place == Place.COOKIES, null),
                new PageView.NavLink(context.versions(), title(links, Place.VERSIONS), place == Place.VERSIONS, english),
                new PageView.NavLink(context.changes(), title(links, Place.CHANGES), place == Place.CHANGES, english));
        boolean aboutVersion = place == Place.PRIVACY || place == Place.COOKIES;
        return new FrameView(model.policy().language(), title(links, place), model.controller().name(),
                registration(model.controller()), aboutVersion ? "Version" : "Current version",
                model.policy().version(), Formats.date(model.policy().effective()),
                model.policy().effective().toString(), context.stylesheet(), context.canonical(),
                aboutVersion ? context.json() : null, context.feed(), "Versions of the " + links.title(Page.PRIVACY),
                navigation, aboutVersion ? context.bar() : null, english, context.bannerAssets());
    }

    private static String title(Links links, Place place) {
        return switch (place) {
            case PRIVACY -> links.title(Page.PRIVACY);
            case COOKIES -> links.title(Page.COOKIES);
            case VERSIONS -> "All versions";
            case CHANGES -> "Change log";
        };
    }

    private static List<PageView.SectionView> views(List<Section> sections, PolicyHtml html) {
        return sections.stream()
                .map(s -> new PageView.SectionView(s.id(), s.title(),
                        markup(s.body() == null ? "" : html.section(s.id(), s.body()))))
                .toList();
    }

    private static String registration(Controller controller) {
        if (controller.companyNumber() == null) {
            return null;
        }
        return controller.registeredIn() == null
                ? "Company number " + controller.companyNumber()
                : "Registered in " + controller.registeredIn() + ", company number " + controller.companyNumber();
    }

    private static boolean uses(List<Section> sections, Directive.Kind kind) {
        return sections.stream()
                .map(Section::body)
                .filter(body -> body != null)
                .flatMap(body -> Directive.scan(body.text()).stream())
                .anyMatch(occurrence -> occurrence.name().equals(kind.syntaxName()));
    }

    /** Marks HTML we generated from escaped text and sanitised Markdown as safe to print unescaped. */
    private static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
