package io.github.policyc.render.html;

import static io.github.policyc.render.html.Links.attributes;

import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Ref;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The data map, {@code {{datamap}}}: an inline SVG of whose data goes into which data, for which purpose,
 * to whom and where ({@link DataMapLayout}), then the same information as a list, for screen readers, text
 * browsers and anyone who prefers words. The SVG is a picture ({@code role="img"}, with a title and a
 * description) with no scripts and no links; every text in it is escaped like any other.
 */
final class DataMap {

    private final PolicyModel model;
    private final Map<String, String> english;

    DataMap(PolicyModel model) {
        this.model = model;
        this.english = Formats.generatedLangAttribute(Formats.generatedLang(model.policy().language()));
    }

    void write(HtmlWriter html) {
        DataMapLayout.Layout layout = DataMapLayout.of(model);
        html.tag("figure", attributes("class", "datamap"));
        html.line();
        // Narrower than the map's legible size, the map scrolls sideways in its own region, which the
        // keyboard can reach; the list after it reads at any width.
        html.tag("div", attributes("class", "datamap-scroll", "role", "region", "aria-labelledby", "datamap-caption",
                "tabindex", "0"));
        html.line();
        svg(html, layout);
        html.tag("/div");
        html.line();
        html.tag("figcaption", with(english, "id", "datamap-caption"));
        html.text("Data map: whose personal data we use, which data, why, and who receives it where."
                + " The list after it says the same in words.");
        html.tag("/figcaption");
        html.line();
        html.tag("/figure");
        html.line();
        text(html);
    }

    private void svg(HtmlWriter html, DataMapLayout.Layout layout) {
        String width = Integer.toString(layout.width());
        String height = Integer.toString(layout.height());
        // Colours come from the stylesheet (light, dark, forced colours); without it, currentColor keeps
        // text and lines visible on any background.
        html.tag("svg", attributes("xmlns", "http://www.w3.org/2000/svg", "role", "img",
                "aria-labelledby", "datamap-title", "aria-describedby", "datamap-desc",
                "viewBox", "0 0 " + width + " " + height, "width", width, "height", height,
                "font-size", Integer.toString(DataMapLayout.FONT_SIZE), "fill", "currentColor"));
        html.line();
        element(html, "title", attributes("id", "datamap-title"), "Data map of the " + model.policy().title());
        element(html, "desc", attributes("id", "datamap-desc"), description(layout));
        for (DataMapLayout.Column column : DataMapLayout.Column.values()) {
            int x = DataMapLayout.columnX(column.ordinal());
            element(html, "text", attributes("class", "heading", "x", Integer.toString(x),
                    "y", Integer.toString(DataMapLayout.TOP - DataMapLayout.PADDING - 4)), column.heading());
        }
        html.tag("g", attributes("class", "flows"));
        html.line();
        for (DataMapLayout.Flow flow : layout.flows()) {
            int x1 = flow.from().right();
            int y1 = flow.from().middle();
            int x2 = flow.to().x();
            int y2 = flow.to().middle();
            int bend = DataMapLayout.COLUMN_GAP / 2;
            html.tag("path", attributes("class", "flow", "d", "M" + x1 + " " + y1 + " C" + (x1 + bend) + " " + y1
                    + " " + (x2 - bend) + " " + y2 + " " + x2 + " " + y2, "fill", "none", "stroke", "currentColor"), true);
            html.line();
        }
        html.tag("/g");
        html.line();
        for (DataMapLayout.Box box : layout.boxes()) {
            box(html, box);
        }
        html.tag("/svg");
        html.line();
    }

    private static void box(HtmlWriter html, DataMapLayout.Box box) {
        html.tag("g", attributes("class", "box " + box.column().name().toLowerCase(Locale.ROOT)));
        html.tag("rect", attributes("x", Integer.toString(box.x()), "y", Integer.toString(box.y()),
                "width", Integer.toString(box.width()), "height", Integer.toString(box.height()), "rx", "4",
                "fill", "none", "stroke", "currentColor"), true);
        int textX = box.x() + DataMapLayout.PADDING;
        // The baseline of the first line: a line height down from the box's padding, less the descent.
        int y = box.y() + DataMapLayout.PADDING + DataMapLayout.LINE_HEIGHT - 5;
        html.tag("text", attributes("x", Integer.toString(textX), "y", Integer.toString(y)));
        boolean first = true;
        for (String line : box.lines()) {
            tspan(html, textX, first ? 0 : DataMapLayout.LINE_HEIGHT, null, line);
            first = false;
        }
        for (String line : box.where()) {
            tspan(html, textX, first ? 0 : DataMapLayout.LINE_HEIGHT, "where", line);
            first = false;
        }
        html.tag("/text");
        html.tag("/g");
        html.line();
    }

    private static void tspan(HtmlWriter html, int x, int dy, String cssClass, String text) {
        Map<String, String> attributes = attributes("x", Integer.toString(x), "dy", Integer.toString(dy));
        if (cssClass != null) {
            attributes.put("class", cssClass);
        }
        // No line breaks between a text's lines: in SVG they would be spaces inside the text.
        html.tag("tspan", attributes);
        html.text(text);
        html.tag("/tspan");
    }

    private String description(DataMapLayout.Layout layout) {
        return "Lines join each kind of person (" + count(layout, DataMapLayout.Column.SUBJECTS)
                + ") to the kinds of their data we use (" + count(layout, DataMapLayout.Column.CATEGORIES)
                + "), each kind of data to the purposes it is used for (" + count(layout, DataMapLayout.Column.PURPOSES)
                + "), and each purpose to those who receive the data and the countries they process it in ("
                + count(layout, DataMapLayout.Column.RECIPIENTS) + "). The list after the map says the same in words.";
    }

    private static String count(DataMapLayout.Layout layout, DataMapLayout.Column column) {
        return Integer.toString(layout.column(column).size());
    }

    /** The text equivalent: for each purpose, whose data, which data, and who receives it where. */
    private void text(HtmlWriter html) {
        html.tag("div", attributes("class", "datamap-text"));
        html.line();
        html.tag("p", english);
        html.text("The data map in words, purpose by purpose:");
        html.tag("/p");
        html.line();
        html.tag("ul");
        html.line();
        for (Purpose purpose : model.purposes()) {
            html.tag("li");
            html.tag("strong");
            html.text(purpose.title());
            html.tag("/strong");
            html.line();
            html.tag("ul");
            item(html, "Whose data: ", Formats.join(labels(purpose.subjects(), DataMapLayout.Column.SUBJECTS)),
                    "Not stated");
            item(html, "Which data: ", Formats.join(labels(purpose.categories(), DataMapLayout.Column.CATEGORIES)),
                    "Not stated");
            item(html, "Who receives it, and where: ", recipients(purpose), "No one outside "
                    + Optional.ofNullable(model.controller().shortName()).orElse(model.controller().name()));
            html.tag("/ul");
            html.tag("/li");
            html.line();
        }
        html.tag("/ul");
        html.line();
        html.tag("/div");
        html.line();
    }

    private void item(HtmlWriter html, String label, String value, String none) {
        html.tag("li");
        html.tag("span", english);
        html.text(label);
        html.tag("/span");
        html.text(value.isEmpty() ? none : value);
        html.tag("/li");
    }

    private List<String> labels(List<Ref> refs, DataMapLayout.Column column) {
        return refs.stream().map(ref -> DataMapLayout.label(column, ref.id(), model)).toList();
    }

    /** "Our courier (United Kingdom); Mailchimp (United States)". */
    private String recipients(Purpose purpose) {
        return String.join("; ", purpose.recipients().stream()
                .map(ref -> model.recipient(ref.id()))
                .flatMap(Optional::stream)
                .map(recipient -> {
                    String where = DataMapLayout.countries(recipient);
                    return where.isEmpty() ? recipient.name() : recipient.name() + " (" + where + ")";
                })
                .toList());
    }

    private static void element(HtmlWriter html, String name, Map<String, String> attributes, String text) {
        html.tag(name, attributes);
        html.text(text);
        html.tag("/" + name);
        html.line();
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> attributes = attributes(name, value);
        attributes.putAll(base);
        return attributes;
    }
}
