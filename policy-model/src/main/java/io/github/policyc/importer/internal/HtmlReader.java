package io.github.policyc.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads a policy published as an HTML page. jsoup parses the page as browsers do and tracks where each
 * node stands in the source, so every character of the imported text keeps its original position.
 *
 * <p>The body is the page's {@code <main>}, else its {@code <article>}, else the whole {@code <body>};
 * navigation, scripts, forms and hidden elements are left out. The title is the only {@code <h1>} when
 * it comes first, else the page's {@code <title>}. The highest heading level left starts sections.
 * Links are kept as Markdown links, lists as lists (nested ones too), table rows as list items with
 * their cells separated by {@code |}, and {@code <address>} elements as paragraphs with line breaks,
 * whose lines the controller's details are also looked for in.
 */
public final class HtmlReader {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "nav", "form",
            "button", "select", "input", "textarea", "iframe", "svg", "canvas", "video", "audio", "object", "dialog",
            "head", "title", "meta", "link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "figure", "figcaption", "details", "summary", "dl", "dt", "dd", "ul", "ol", "li",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "pre", "hr", "h1", "h2",
            "h3", "h4", "h5", "h6", "center", "fieldset", "legend", "body", "html");

    private final SourceText source;
    private final List<Block> blocks = new ArrayList<>();
    private final List<List<LocatedText>> addresses = new ArrayList<>();
    private final int sectionLevel;
    private final Element titleHeading;

    private HtmlReader(SourceText source, int sectionLevel, Element titleHeading) {
        this.source = source;
        this.sectionLevel = sectionLevel;
        this.titleHeading = titleHeading;
    }

    /** Reads the page's structure. */
    public static ParsedDocument read(SourceText source) {
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(source.text(), "");
        Element root = document.selectFirst("main");
        if (root == null) {
            root = document.selectFirst("article");
        }
        if (root == null) {
            root = document.selectFirst("[role=main]");
        }
        if (root == null) {
            root = document.body();
        }
        List<Element> headings = root.select("h1, h2, h3, h4, h5, h6").stream().filter(h -> !h.text().isBlank())
                .filter(h -> !isHidden(h)).toList();
        List<Element> h1s = headings.stream().filter(h -> h.normalName().equals("h1")).toList();
        Element titleHeading = h1s.size() == 1 && headings.get(0) == h1s.get(0) ? h1s.get(0) : null;
        int sectionLevel = headings.stream().filter(h -> h != titleHeading).mapToInt(HtmlReader::level).min().orElse(2);

        HtmlReader reader = new HtmlReader(source, sectionLevel, titleHeading);
        reader.container(root);
        LocatedText title = titleHeading != null ? reader.inline(titleHeading).normalise() : reader.title(document);
        List<LocatedText> extra = new ArrayList<>();
        if (root != document.body()) {
            HtmlReader outside = new HtmlReader(source, sectionLevel, titleHeading);
            outside.outside(document.body(), root);
            outside.blocks.forEach(block -> extra.addAll(block.texts()));
            reader.addresses.addAll(outside.addresses);
        }
        String language = document.selectFirst("html") == null ? null : document.selectFirst("html").attr("lang").strip();
        return new ParsedDocument(title == null || title.isEmpty() ? null : title,
                language == null || !language.matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,8}") ? null : language,
                reader.blocks, reader.addresses, extra);
    }

    private LocatedText title(Document document) {
        Element title = document.selectFirst("head > title");
        return title == null ? null : inline(title).normalise();
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }

    /** The page outside the body: read for the controller's details only. */
    private void outside(Element element, Element root) {
        Set<Element> ancestors = Set.copyOf(root.parents());
        for (Node child : element.childNodes()) {
            if (child == root || child instanceof Element e && isSkipped(e)) {
                continue;
            }
            if (child instanceof Element e && ancestors.contains(e)) {
                outside(e, root);
            } else if (child instanceof Element e) {
                block(e);
            }
        }
    }

    // ---- Blocks ------------------------------------------------------------------------------------

    /** Reads an element whose children are blocks, or inline content not wrapped in a paragraph. */
    private void container(Element element) {
        List<Node> pending = new ArrayList<>();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && isSkipped(e)) {
                continue;
            }
            if (child instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush(pending);
                block(e);
            } else {
                pending.add(child);
            }
        }
        flush(pending);
    }

    private void block(Element e) {
        String name = e.normalName();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e);
            case "p", "dt", "dd", "figcaption", "caption", "summary", "legend" -> paragraph(e.childNodes());
            case "ul", "ol" -> list(e, 0);
            case "table" -> table(e);
            case "address" -> address(e);
            case "pre" -> pre(e);
            case "hr" -> { }
            default -> container(e);
        }
    }

    private void heading(Element e) {
        if (e == titleHeading) {
            return;
        }
        LocatedText text = inline(e).normalise();
        if (!text.isEmpty()) {
            blocks.add(new Block.Heading(Math.min(6, Math.max(2, level(e) - sectionLevel + 2)), text));
        }
    }

    /** Inline nodes as one paragraph, broken into lines at {@code <br>}. */
    private void paragraph(List<Node> nodes) {
        List<LocatedText> lines = lines(nodes);
        if (!lines.isEmpty()) {
            blocks.add(new Block.Paragraph(lines));
        }
    }

    private void flush(List<Node> pending) {
        if (!pending.isEmpty()) {
            paragraph(List.copyOf(pending));
            pending.clear();
        }
    }

    private List<LocatedText> lines(List<Node> nodes) {
        List<LocatedText> lines = new ArrayList<>();
        LocatedText.Builder line = LocatedText.builder();
        for (Node node : nodes) {
            if (node instanceof Element e && e.normalName().equals("br")) {
                addLine(lines, line.build());
                line = LocatedText.builder();
            } else if (node instanceof Element e && e.normalName().equals("p")) {
                addLine(lines, line.build());
                line = LocatedText.builder();
                lines.addAll(lines(e.childNodes()));
            } else {
                line.append(inline(node));
            }
        }
        addLine(lines, line.build());
        return lines;
    }

    private static void addLine(List<LocatedText> lines, LocatedText line) {
        LocatedText text = line.normalise();
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }

    private void list(Element list, int depth) {
        boolean ordered = list.normalName().equals("ol");
        for (Element item : list.children()) {
            if (isSkipped(item)) {
                continue;
            }
            if (!item.normalName().equals("li")) {
                if (item.normalName().equals("ul") || item.normalName().equals("ol")) {
                    list(item, depth + 1);
                }
                continue;
            }
            List<Node> own = new ArrayList<>();
            List<Element> nested = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                    nested.add(e);
                } else if (!(child instanceof Element e && isSkipped(e))) {
                    own.add(child);
                }
            }
            LocatedText text = LocatedText.join(lines(own), LocatedText.markup(" "));
            if (!text.isEmpty()) {
                blocks.add(new Block.ListItem(text, depth, ordered));
            }
            nested.forEach(n -> list(n, depth + 1));
        }
    }

    private void table(Element table) {
        for (Element row : table.select("tr")) {
            List<LocatedText> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                LocatedText text = LocatedText.join(lines(cell.childNodes()), LocatedText.markup(" "));
                if (!text.isEmpty()) {
                    cells.add(text);
                }
            }
            if (!cells.isEmpty()) {
                blocks.add(new Block.ListItem(LocatedText.join(cells, LocatedText.markup(" | ")), 0, false));
            }
        }
    }

    private void address(Element address) {
        List<LocatedText> lines = new ArrayList<>();
        for (LocatedText line : lines(address.childNodes())) {
            // Browsers show an address's source lines as written only inside <pre>; here, a line break
            // in the source is taken as one the author meant, as in most published pages.
            lines.addAll(splitSourceLines(line));
        }
        if (!lines.isEmpty()) {
            blocks.add(new Block.Paragraph(lines));
            addresses.add(lines);
        }
    }

    private void pre(Element pre) {
        List<LocatedText> lines = new ArrayList<>();
        for (LocatedText line : lines(pre.childNodes())) {
            lines.addAll(splitSourceLines(line));
        }
        if (!lines.isEmpty()) {
            blocks.add(new Block.Paragraph(lines));
        }
    }

    /** Splits normalised text where its characters came from different lines of the source. */
    private List<LocatedText> splitSourceLines(LocatedText text) {
        List<LocatedText> parts = new ArrayList<>();
        int start = 0;
        int line = -1;
        for (int i = 0; i < text.length(); i++) {
            int origin = text.origin(i);
            if (origin == LocatedText.GENERATED || text.isMarkup(i)) {
                continue;
            }
            int at = source.lineOf(origin);
            if (line >= 0 && at != line && text.charAt(i) != ' ') {
                addLine(parts, text.sub(start, i));
                start = i;
            }
            line = at;
        }
        addLine(parts, text.sub(start));
        return parts;
    }

    // ---- Inline content ----------------------------------------------------------------------------

    /** Inline content as Markdown: text is literal, link and emphasis syntax is markup. */
    private LocatedText inline(Node node) {
        if (node instanceof TextNode text) {
            return text(text);
        }
        if (!(node instanceof Element e) || isSkipped(e)) {
            return LocatedText.empty();
        }
        return switch (e.normalName()) {
            case "a" -> link(e);
            case "strong", "b" -> emphasis(e, "**");
            case "em", "i" -> emphasis(e, "*");
            case "img" -> image(e);
            case "br" -> LocatedText.of(" ", start(e));
            default -> children(e);
        };
    }

    private LocatedText children(Element e) {
        LocatedText.Builder out = LocatedText.builder();
        for (Node child : e.childNodes()) {
            if (child instanceof Element c && BLOCKS.contains(c.normalName())) {
                // A block inside inline content (a <div> in a <span>, say) reads as a separate run of text.
                out.append(LocatedText.of(" ", start(c))).append(children(c)).append(LocatedText.of(" ", start(c)));
            } else {
                out.append(inline(child));
            }
        }
        return out.build();
    }

    private LocatedText link(Element a) {
        LocatedText text = children(a).normalise();
        String href = a.attr("href").strip();
        if (text.isEmpty()) {
            return LocatedText.empty();
        }
        boolean usable = !href.isEmpty() && !href.matches("(?is)^(javascript|data|vbscript):.*")
                && href.chars().noneMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>');
        if (!usable) {
            return text;
        }
        if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
            String address = href.substring(7).replaceFirst("\\?.*$", "");
            if (address.equalsIgnoreCase(text.text())) {
                return text; // the address as text: it becomes a {{contact}} like any other address
            }
        }
        // The link's syntax stands for the <a> element, so that an address in it has a place in the original.
        return LocatedText.builder().append(LocatedText.anchored("[", start(a))).append(text)
                .append(LocatedText.anchored("](" + href.replace("(", "%28").replace(")", "%29") + ")", start(a)))
                .build();
    }

    private LocatedText emphasis(Element e, String marker) {
        LocatedText inner = children(e);
        LocatedText stripped = inner.normalise();
        if (stripped.isEmpty()) {
            return inner;
        }
        // Emphasis must hug its text; the white space around it stays outside the markers.
        int lead = 0;
        while (lead < inner.length() && LocatedText.isSpace(inner.charAt(lead)) && !inner.isMarkup(lead)) {
            lead++;
        }
        int trail = inner.length();
        while (trail > lead && LocatedText.isSpace(inner.charAt(trail - 1)) && !inner.isMarkup(trail - 1)) {
            trail--;
        }
        return LocatedText.builder().append(inner.sub(0, lead)).markup(marker).append(inner.sub(lead, trail))
                .markup(marker).append(inner.sub(trail)).build();
    }

    private LocatedText image(Element img) {
        String alt = img.attr("alt").strip();
        if (alt.isEmpty()) {
            return LocatedText.empty();
        }
        // The alternative text is what readers of the published page were given; keep it, as text.
        LocatedText.Builder out = LocatedText.builder();
        alt.chars().forEach(c -> out.append((char) c, start(img), false));
        return out.build().normalise();
    }

    /** A text node, each character at its place in the source, entities included. */
    private LocatedText text(TextNode node) {
        String text = node.getWholeText();
        Range range = node.sourceRange();
        if (!range.isTracked()) {
            LocatedText.Builder out = LocatedText.builder();
            text.chars().forEach(c -> out.append((char) c, LocatedText.GENERATED, false));
            return out.build();
        }
        int raw = range.startPos();
        int rawEnd = range.endPos();
        String source = this.source.text();
        LocatedText.Builder out = LocatedText.builder();
        for (int i = 0; i < text.length(); i++) {
            int origin = Math.min(raw, source.length() - 1);
            out.append(text.charAt(i), Math.max(origin, 0), false);
            if (raw < rawEnd && raw < source.length() && source.charAt(raw) == '&') {
                raw = afterEntity(source, raw, Math.min(rawEnd, source.length()), text.charAt(i));
                if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
                    out.append(text.charAt(++i), Math.max(origin, 0), false);
                }
            } else {
                raw++;
            }
        }
        return out.build();
    }

    /**
     * Where the source goes on after the {@code &} at {@code at} that gave the character {@code read}. An
     * {@code &} read as itself is an {@code &amp;} (or {@code &#38;}, {@code &#x26;}), or a bare {@code &}
     * that is no entity ("Q&A;"), which stands for itself alone; any other character was decoded from an
     * entity: a name or number, and its {@code ;} if it has one. Bounded, so that a text of many {@code &}
     * without a {@code ;} costs linear time (a search for the next {@code ;} from each was quadratic).
     */
    static int afterEntity(String source, int at, int end, char read) {
        int i = at + 1;
        if (read == '&') {
            String name = source.regionMatches(true, i, "amp", 0, 3) ? "amp"
                    : source.startsWith("#38", i) ? "#38"
                    : source.regionMatches(true, i, "#x26", 0, 4) ? "#x26" : null;
            if (name == null) {
                return at + 1;
            }
            i += name.length();
        } else {
            while (i < end && i - at <= 32 && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '#')) {
                i++;
            }
        }
        return i < end && source.charAt(i) == ';' ? i + 1 : Math.min(i, end);
    }

    private static int start(Element e) {
        Range range = e.sourceRange();
        return range.isTracked() ? range.startPos() : LocatedText.GENERATED;
    }

    private static boolean isSkipped(Element e) {
        return SKIPPED.contains(e.normalName()) || isHidden(e);
    }

    private static boolean isHidden(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) || style.contains("display:none")
                || style.contains("visibility:hidden");
    }
}
