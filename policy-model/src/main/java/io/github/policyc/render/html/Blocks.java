package io.github.policyc.render.html;

import static io.github.policyc.render.html.Links.attributes;

import io.github.policyc.cookies.CookieInventory;
import io.github.policyc.model.AutomatedDecisions;
import io.github.policyc.model.Controller;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Page;
import io.github.policyc.model.CookieCategory;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Right;
import io.github.policyc.model.RightKind;
import io.github.policyc.model.SupervisoryAuthority;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes the generated blocks that are more than a table: every purpose in full, every right with
 * how to use it, the controller's identity, the supervisory authority and the cookies by category.
 * They sit inside a page section, so their headings are level 3.
 */
final class Blocks {

    private final PolicyModel model;
    private final Links links;
    private final ProseRenderer prose;
    private final Tables tables;
    private final Map<String, String> english;

    Blocks(PolicyModel model, Links links, ProseRenderer prose, Tables tables) {
        this.model = model;
        this.links = links;
        this.prose = prose;
        this.tables = tables;
        this.english = Formats.generatedLangAttribute(Formats.generatedLang(model.policy().language()));
    }

    /** Each purpose as a subsection with its facts in a description list. */
    void purposes(HtmlWriter html) {
        for (Purpose purpose : model.purposes()) {
            String id = "purpose-" + purpose.id();
            html.tag("section", attributes("class", "purpose", "id", id, "aria-labelledby", id + "-title"));
            html.line();
            heading(html, id + "-title", purpose.title(), Map.of());
            if (purpose.description() != null) {
                html.raw(prose.blocks(purpose.description(), 4, id));
            }
            html.tag("dl", Map.of("class", "facts"));
            html.line();
            fact(html, "Whose data", Tables.labels(purpose.subjects(), tables::subjectLabel));
            fact(html, "Personal data", Tables.labels(purpose.categories(), tables::categoryLabel));
            fact(html, "Lawful basis", purpose.lawfulBasis() == null ? "Not stated"
                    : purpose.lawfulBasis().label() + " (Art. " + purpose.lawfulBasis().article() + ")");
            if (purpose.specialCondition() != null) {
                fact(html, "Condition for special category data", purpose.specialCondition().label()
                        + " (Art. " + purpose.specialCondition().article() + ")");
            }
            if (purpose.legitimateInterest() != null) {
                term(html, "Our legitimate interest");
                description(html, h -> h.raw(prose.cell(purpose.legitimateInterest())));
            }
            term(html, "How long we keep it");
            description(html, h -> {
                h.text(Formats.retention(purpose.retention()) + ".");
                if (purpose.retention() != null && purpose.retention().description() != null) {
                    h.raw(" " + prose.cell(purpose.retention().description()));
                }
            });
            if (!purpose.recipients().isEmpty()) {
                fact(html, "Who receives it", Tables.labels(purpose.recipients(), tables::recipientName));
            }
            if (purpose.requirement() != null) {
                term(html, "Do you have to provide it?");
                description(html, h -> h.raw(prose.cell(purpose.requirement())));
            }
            html.tag("/dl");
            html.line();
            html.tag("/section");
            html.line();
        }
    }

    /** Each right with what it means and how to use it. */
    void rights(HtmlWriter html) {
        for (Right right : model.rights()) {
            String id = "right-" + Labelled.yamlName(right.kind());
            html.tag("section", attributes("class", "right", "id", id, "aria-labelledby", id + "-title"));
            html.line();
            heading(html, id + "-title", right.kind().label(), english);
            if (right.description() != null) {
                html.raw(prose.blocks(right.description(), 4, id));
            }
            if (right.exercise() != null) {
                html.raw(prose.blocks(right.exercise(), 4, id + "-exercise"));
            }
            if (right.contact() != null) {
                paragraph(html, english, h -> {
                    h.text("Contact: ");
                    links.contact(h, right.contact().id());
                });
            } else if (right.kind() == RightKind.COMPLAINT && model.supervisoryAuthority() != null) {
                authority(html);
            }
            html.tag("/section");
            html.line();
        }
    }

    /** Whether decisions with significant effects are made by automated means alone (Art. 13(2)(f)). */
    void automatedDecisions(HtmlWriter html) {
        AutomatedDecisions decisions = model.automatedDecisions();
        if (decisions == null) {
            return;
        }
        // A div, not a p: the statement may hold several paragraphs of its own.
        html.tag("div", Map.of("class", "automated-decisions"));
        html.tag("strong", english);
        html.text("Automated decisions: ");
        html.tag("/strong");
        if (decisions.description() != null) {
            html.raw(prose.cell(decisions.description()));
        } else {
            generated(html, Boolean.TRUE.equals(decisions.used())
                    ? "We make some decisions about you by automated means alone."
                    : "We make no decisions about you by automated means alone.");
        }
        html.tag("/div");
        html.line();
    }

    /** Who the controller is: legal name, registration, registered office and how to reach it. */
    void controller(HtmlWriter html) {
        Controller controller = model.controller();
        html.tag("dl", Map.of("class", "facts"));
        html.line();
        fact(html, "Controller", controller.name());
        if (controller.companyNumber() != null) {
            fact(html, "Company number", controller.companyNumber()
                    + (controller.registeredIn() == null ? "" : " (registered in " + controller.registeredIn() + ")"));
        }
        if (!controller.address().isEmpty()) {
            term(html, "Registered office");
            description(html, h -> address(h, controller.address()));
        }
        boolean dpoIsContact = controller.dpo() != null && controller.contact() != null
                && controller.dpo().id().equals(controller.contact().id());
        if (controller.contact() != null) {
            term(html, dpoIsContact ? "Contact (our data protection officer)" : "Contact");
            description(html, h -> links.contact(h, controller.contact().id()));
        }
        if (controller.dpo() != null && !dpoIsContact) {
            term(html, "Data protection officer");
            description(html, h -> links.contact(h, controller.dpo().id()));
        }
        if (controller.website() != null) {
            term(html, "Website");
            description(html, h -> Links.web(h, controller.website(), controller.website()));
        }
        html.tag("/dl");
        html.line();
    }

    /** The supervisory authority and how to reach it. */
    void authority(HtmlWriter html) {
        SupervisoryAuthority authority = model.supervisoryAuthority();
        if (authority == null) {
            return;
        }
        html.tag("dl", Map.of("class", "facts"));
        html.line();
        fact(html, "Supervisory authority", authority.name());
        if (authority.url() != null) {
            term(html, "Website");
            description(html, h -> Links.web(h, authority.url(), authority.url()));
        }
        if (authority.phone() != null) {
            term(html, "Telephone");
            description(html, h -> Links.tel(h, authority.phone()));
        }
        if (authority.email() != null) {
            term(html, "Email");
            description(html, h -> Links.mailto(h, authority.email()));
        }
        if (!authority.address().isEmpty()) {
            term(html, "Address");
            description(html, h -> address(h, authority.address()));
        }
        html.tag("/dl");
        html.line();
    }

    /**
     * The cookie inventory: for each category that has cookies, in the order of
     * {@link PolicyModel#allCookieCategories()}, a heading, what the category is for, and its cookies.
     */
    void cookies(HtmlWriter html) {
        for (CookieInventory.Group group : CookieInventory.of(model).groups()) {
            CookieCategory category = group.category();
            String title = category == null ? "Cookies without a category" : category.label() + " cookies";
            heading(html, group.anchor(), title, english);
            if (category != null && category.description() != null) {
                html.raw(prose.blocks(category.description(), 4, group.anchor()));
            }
            tables.cookies(html, group.cookies(), title, false);
        }
        if (CookieInventory.of(model).needsConsent()) {
            choices(html);
        }
        if (model.cookies().isEmpty()) {
            paragraph(html, english, h -> h.text("This site sets no cookies."));
        }
    }

    /**
     * How to change consent: the "Cookie settings" button reopens the consent banner's preferences. It
     * is hidden until the banner's script shows it, so without JavaScript nobody sees a button that does
     * nothing; the browser's own settings work either way, and are explained unless the cookie policy's
     * own text already mentions the browser.
     */
    private void choices(HtmlWriter html) {
        heading(html, CookieInventory.CHOICES_ANCHOR, "Changing your choices", english);
        paragraph(html, english, h -> h.text("You can change your choices, or withdraw your consent, at any time."));
        html.tag("p", english);
        html.tag("button", attributes("type", "button", "class", "cookie-settings", "data-cc", "show-preferencesModal",
                "hidden", ""));
        html.text("Cookie settings");
        html.tag("/button");
        html.tag("/p");
        html.line();
        if (!mentionsBrowser()) {
            paragraph(html, english, h -> h.text("Your browser's settings also let you block or delete cookies; its help"
                    + " pages explain how. Blocking strictly necessary cookies may stop parts of this site from"
                    + " working."));
        }
    }

    private boolean mentionsBrowser() {
        return model.sections(Page.COOKIES).stream()
                .anyMatch(s -> s.body() != null && s.body().text().toLowerCase(Locale.ROOT).contains("browser"));
    }

    /** Text policyc wrote, inside other text: in a span that names its language where the page's differs. */
    private void generated(HtmlWriter html, String text) {
        if (english.isEmpty()) {
            html.text(text);
            return;
        }
        html.tag("span", english);
        html.text(text);
        html.tag("/span");
    }

    private static void heading(HtmlWriter html, String id, String text, Map<String, String> lang) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", id);
        attributes.putAll(lang);
        html.tag("h3", attributes);
        html.text(text);
        html.tag("/h3");
        html.line();
    }

    private void fact(HtmlWriter html, String term, String description) {
        term(html, term);
        description(html, h -> h.text(description.isEmpty() ? "Not stated" : description));
    }

    /** A term of a description list: policyc's English. */
    private void term(HtmlWriter html, String term) {
        html.tag("dt", english);
        html.text(term);
        html.tag("/dt");
    }

    private static void description(HtmlWriter html, Tables.Cell content) {
        html.tag("dd");
        content.accept(html);
        html.tag("/dd");
        html.line();
    }

    private static void paragraph(HtmlWriter html, Map<String, String> attributes, Tables.Cell content) {
        html.tag("p", attributes);
        content.accept(html);
        html.tag("/p");
        html.line();
    }

    private static void address(HtmlWriter html, List<String> lines) {
        html.tag("address");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                html.tag("br");
            }
            html.text(lines.get(i));
        }
        html.tag("/address");
    }
}
