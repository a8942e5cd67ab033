package io.github.policyc.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.policyc.model.Controller;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the privacy policy and cookie policy pages of a model as complete HTML5 documents.
 *
 * @since 0.1.0
 */
public final class HtmlPages {

    private HtmlPages() {
    }

    /** The privacy policy: the summary of purposes first, then contents and the full text. */
    public static String privacyPolicy(PolicyModel model) {
        List<Section> sections = model.sections(Page.PRIVACY);
        PolicyHtml html = new PolicyHtml(model, uses(sections, Directive.Kind.PURPOSES));
        TemplateHTMLOutputModel summary = model.purposes().isEmpty() ? null : markup(html.summary());
        return PageRenderer.render("privacy-policy.ftlh", view(model, Page.PRIVACY, summary, views(sections, html)));
    }

    /** The cookie policy: its own sections, or the cookie inventory when the model has none. */
    public static String cookiePolicy(PolicyModel model) {
        List<Section> sections = model.sections(Page.COOKIES);
        PolicyHtml html = new PolicyHtml(model, false);
        List<PageView.SectionView> views = sections.isEmpty()
                ? List.of(new PageView.SectionView("cookies", "Cookies we use", markup(html.cookies())))
                : views(sections, html);
        return PageRenderer.render("cookie-policy.ftlh", view(model, Page.COOKIES, null, views));
    }

    private static PageView view(PolicyModel model, Page page, TemplateHTMLOutputModel summary,
                                 List<PageView.SectionView> sections) {
        Links links = new Links(model);
        List<PageView.NavLink> navigation = new ArrayList<>();
        for (Page target : Page.values()) {
            navigation.add(new PageView.NavLink(Links.file(target), links.title(target), target == page));
        }
        return new PageView(model.policy().language(), links.title(page), model.controller().name(),
                registration(model.controller()), model.policy().version(), Formats.date(model.policy().effective()),
                model.policy().effective().toString(), navigation, summary, sections);
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
