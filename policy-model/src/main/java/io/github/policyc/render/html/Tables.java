package io.github.policyc.render.html;

import static io.github.policyc.render.html.Links.attributes;

import io.github.policyc.model.Contact;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieCategory;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSource;
import io.github.policyc.model.DataSubject;
import io.github.policyc.model.Directive.TableKind;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Right;
import io.github.policyc.model.RightKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes the tables generated from the model. Every table has a caption and header cells, the first
 * cell of each row heads that row, and the table scrolls sideways inside a focusable region on
 * narrow screens instead of overflowing the page.
 */
final class Tables {

    /** Writes one cell's content. */
    @FunctionalInterface
    interface Cell extends Consumer<HtmlWriter> {
    }

    private final PolicyModel model;
    private final Links links;
    private final ProseRenderer prose;
    private final boolean purposeAnchors;
    private final Map<String, String> english;

    /**
     * @param purposeAnchors whether the page has a full section per purpose that purpose names can link to
     */
    Tables(PolicyModel model, Links links, ProseRenderer prose, boolean purposeAnchors) {
        this.model = model;
        this.links = links;
        this.prose = prose;
        this.purposeAnchors = purposeAnchors;
        this.english = Formats.generatedLangAttribute(Formats.generatedLang(model.policy().language()));
    }

    void write(TableKind kind, HtmlWriter html) {
        switch (kind) {
            case PURPOSES -> purposes(html);
            case CATEGORIES -> categories(html);
            case SUBJECTS -> subjects(html);
            case RECIPIENTS -> recipients(html);
            case TRANSFERS -> transfers(html);
            case RIGHTS -> rights(html);
            case CONTACTS -> contacts(html);
            case COOKIES -> cookies(html, model.cookies(), "Cookies", true);
        }
    }

    /** The short table at the top of the privacy policy: what for, which data, on what basis, how long. */
    void summary(HtmlWriter html) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Purpose purpose : model.purposes()) {
            rows.add(List.of(purposeName(purpose), text(labels(purpose.categories(), this::categoryLabel)),
                    basis(purpose), text(Formats.retention(purpose.retention()))));
        }
        table(html, "Summary: why we use personal data, on what basis and for how long",
                List.of("Purpose", "Personal data", "Lawful basis", "How long we keep it"), rows);
    }

    private void purposes(HtmlWriter html) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Purpose purpose : model.purposes()) {
            rows.add(List.of(purposeName(purpose), prose(purpose.description(), ""),
                    text(labels(purpose.subjects(), this::subjectLabel)),
                    text(labels(purpose.categories(), this::categoryLabel)), basis(purpose),
                    text(Formats.retention(purpose.retention())),
                    text(orNone(labels(purpose.recipients(), this::recipientName)))));
        }
        table(html, "Why we use personal data", List.of("Purpose", "What we do", "Whose data", "Personal data",
                "Lawful basis", "How long we keep it", "Who receives it"), rows);
    }

    private void categories(HtmlWriter html) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DataCategory category : model.dataCategories()) {
            String label = category.label() + (category.special() ? " (special category data)" : "");
            rows.add(List.of(text(label), prose(category.description(), ""),
                    text(Formats.join(category.sources().stream().map(DataSource::label).toList()))));
        }
        table(html, "Personal data we hold", List.of("Personal data", "What it includes", "Where it comes from"),
                rows);
    }

    private void subjects(HtmlWriter html) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DataSubject subject : model.dataSubjects()) {
            rows.add(List.of(text(subject.label()), prose(subject.description(), "")));
        }
        table(html, "Whose personal data we hold", List.of("Who", "Description"), rows);
    }

    private void recipients(HtmlWriter html) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Recipient recipient : model.recipients()) {
            rows.add(List.of(text(recipient.name()), text(recipient.role().label()),
                    prose(recipient.description(), ""), text(Formats.countries(recipient.countries()))));
        }
        // Safeguards belong to the transfers table alone, so a page that shows both says each once.
        table(html, "Who receives personal data", List.of("Recipient", "Role", "What they receive and why",
                "Where they process it"), rows);
    }

    private void transfers(HtmlWriter html) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Recipient recipient : model.recipients()) {
            boolean abroad = recipient.countries().stream().anyMatch(c -> !c.code().equals("GB"));
            if (recipient.transfer() == null && !abroad) {
                continue;
            }
            rows.add(List.of(text(recipient.name()), text(Formats.countries(recipient.countries())),
                    text(recipient.transfer() == null ? "Not stated" : recipient.transfer().safeguard().label()),
                    prose(recipient.transfer() == null ? null : recipient.transfer().description(), "")));
        }
        table(html, "International transfers", List.of("Recipient", "Countries", "Safeguard", "Details"), rows);
    }

    private void rights(HtmlWriter html) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Right right : model.rights()) {
            rows.add(List.of(text(right.kind().label()), prose(right.description(), ""), exercise(right)));
        }
        table(html, "Your rights", List.of("Right", "What it means", "How to use it"), rows);
    }

    private void contacts(HtmlWriter html) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Contact contact : model.contacts()) {
            rows.add(List.of(text(contact.role()), channels(contact), prose(contact.description(), "")));
        }
        table(html, "How to contact us", List.of("Contact", "How to reach them", "What about"), rows);
    }

    /** The cookie table, with a category column unless the table holds one category only. */
    void cookies(HtmlWriter html, List<Cookie> cookies, String caption, boolean withCategory) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Cookie cookie : cookies) {
            List<Cell> row = new ArrayList<>(List.of(code(cookie.name()), text(nullToEmpty(cookie.provider())),
                    cookiePurpose(cookie), text(cookie.duration() == null ? "Not stated" : cookie.duration().describe()),
                    text(cookie.party() == null ? "" : cookie.party().label())));
            if (withCategory) {
                row.add(text(model.categoryOf(cookie).map(CookieCategory::label).orElse("Not stated")));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("Cookie", "Provider", "Purpose", "Duration", "Set by"));
        if (withCategory) {
            headers.add("Category");
        }
        table(html, caption, headers, rows);
    }

    /** Writes a table; the first cell of each row is its header. Caption and headers are policyc's English. */
    void table(HtmlWriter html, String caption, List<String> headers, List<List<Cell>> rows) {
        html.tag("div", attributes("class", "table-scroll", "role", "region", "aria-label", caption,
                "tabindex", "0"));
        html.line();
        html.tag("table");
        html.tag("caption", english);
        html.text(caption);
        html.tag("/caption");
        html.line();
        html.tag("thead", english);
        html.tag("tr");
        for (String header : headers) {
            html.tag("th", Map.of("scope", "col"));
            html.text(header);
            html.tag("/th");
        }
        html.tag("/tr");
        html.tag("/thead");
        html.line();
        html.tag("tbody");
        html.line();
        for (List<Cell> row : rows) {
            html.tag("tr");
            for (int i = 0; i < row.size(); i++) {
                String cell = i == 0 ? "th" : "td";
                html.tag(cell, i == 0 ? Map.of("scope", "row") : Map.of());
                row.get(i).accept(html);
                html.tag("/" + cell);
            }
            html.tag("/tr");
            html.line();
        }
        html.tag("/tbody");
        html.tag("/table");
        html.line();
        html.tag("/div");
        html.line();
    }

    Cell purposeName(Purpose purpose) {
        if (!purposeAnchors) {
            return text(purpose.title());
        }
        return html -> {
            html.tag("a", Map.of("href", "#purpose-" + purpose.id()));
            html.text(purpose.title());
            html.tag("/a");
        };
    }

    private static Cell basis(Purpose purpose) {
        if (purpose.lawfulBasis() == null) {
            return text("Not stated");
        }
        return text(purpose.lawfulBasis().label() + " (Art. " + purpose.lawfulBasis().article() + ")");
    }

    private Cell exercise(Right right) {
        return html -> {
            if (right.exercise() != null) {
                html.raw(prose.cell(right.exercise()));
            }
            if (right.contact() != null) {
                html.raw(right.exercise() != null ? " " : "");
                html.text("Contact: ");
                links.contact(html, right.contact().id());
            } else if (right.kind() == RightKind.COMPLAINT && model.supervisoryAuthority() != null) {
                html.raw(right.exercise() != null ? " " : "");
                authority(html);
            }
        };
    }

    private void authority(HtmlWriter html) {
        var authority = model.supervisoryAuthority();
        if (authority.url() != null && Links.isWebUrl(authority.url())) {
            Links.web(html, authority.url(), authority.name());
        } else {
            html.text(authority.name());
        }
    }

    private static Cell channels(Contact contact) {
        return html -> {
            List<Cell> channels = new ArrayList<>();
            if (contact.email() != null) {
                channels.add(h -> Links.mailto(h, contact.email()));
            }
            if (contact.phone() != null) {
                channels.add(h -> Links.tel(h, contact.phone()));
            }
            if (contact.url() != null) {
                channels.add(h -> Links.web(h, contact.url(), contact.url()));
            }
            if (!contact.address().isEmpty()) {
                channels.add(text(String.join(", ", contact.address())));
            }
            if (channels.isEmpty()) {
                html.text("No contact details");
            }
            for (int i = 0; i < channels.size(); i++) {
                if (i > 0) {
                    html.tag("br");
                }
                channels.get(i).accept(html);
            }
        };
    }

    private Cell cookiePurpose(Cookie cookie) {
        if (cookie.description() != null) {
            return prose(cookie.description(), "");
        }
        if (cookie.purpose() != null) {
            return text(model.purpose(cookie.purpose().id()).map(Purpose::title).orElse(cookie.purpose().id()));
        }
        return text("Not stated");
    }

    Cell prose(Prose text, String ifMissing) {
        return text == null ? text(ifMissing) : html -> html.raw(prose.cell(text));
    }

    static Cell text(String text) {
        return html -> html.text(text);
    }

    private static Cell code(String text) {
        return html -> {
            html.tag("code");
            html.text(text);
            html.tag("/code");
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "No one outside our organisation" : text;
    }

    String categoryLabel(String id) {
        return model.dataCategory(id).map(DataCategory::label).orElse(id);
    }

    String subjectLabel(String id) {
        return model.dataSubject(id).map(DataSubject::label).orElse(id);
    }

    String recipientName(String id) {
        return model.recipient(id).map(Recipient::name).orElse(id);
    }

    /** The labels of the referenced parts, joined as prose: "Name, Email address and Employer". */
    static String labels(List<Ref> refs, Function<String, String> label) {
        return Formats.join(refs.stream().map(ref -> label.apply(ref.id())).toList());
    }
}
