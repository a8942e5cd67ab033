package io.github.policyc.check.internal.scan;

import io.github.policyc.cookies.CookieInventory;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Right;
import io.github.policyc.model.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The fragment ids each generated page has, so that {@code [x](#id)} can be checked without rendering.
 * This mirrors the HTML renderer ({@code render.html}: the page layout, {@code Blocks} and
 * {@code ProseRenderer}); {@code AnchorsTest} renders pages and compares, so the two cannot drift apart.
 */
public final class Anchors {

    /** The file names of the generated pages, as links between them are written. */
    public static final Map<Page, String> FILES = Map.of(Page.PRIVACY, "privacy-policy.html",
            Page.COOKIES, "cookie-policy.html");

    private static final Parser PARSER = Parser.builder().build();

    private final Map<Page, Set<String>> ids;

    private Anchors(Map<Page, Set<String>> ids) {
        this.ids = ids;
    }

    public static Anchors of(PolicyModel model) {
        Map<Page, Set<String>> ids = new EnumMap<>(Page.class);
        for (Page page : Page.values()) {
            ids.put(page, page(model, page));
        }
        return new Anchors(ids);
    }

    /** The ids on a page. */
    public Set<String> on(Page page) {
        return ids.get(page);
    }

    /** The page that has the id, preferring {@code preferred}, or {@code null} when none has it. */
    public Page pageOf(String id, Page preferred) {
        if (preferred != null && ids.get(preferred).contains(id)) {
            return preferred;
        }
        for (Page page : Page.values()) {
            if (ids.get(page).contains(id)) {
                return page;
            }
        }
        return null;
    }

    private static Set<String> page(PolicyModel model, Page page) {
        Set<String> out = new LinkedHashSet<>();
        out.add("main");
        List<Section> sections = model.sections(page);
        if (sections.isEmpty() && page == Page.COOKIES) {
            // The cookie policy of a model without cookie sections is the inventory alone.
            out.add("cookies");
            out.add("cookies-title");
            cookies(model, out);
            return out;
        }
        if (page == Page.PRIVACY && !model.purposes().isEmpty()) {
            out.add("at-a-glance");
            out.add("at-a-glance-title");
        }
        if (sections.size() > 1) {
            out.add("contents-title");
        }
        Set<Directive.Kind> used = new HashSet<>();
        for (Section section : sections) {
            out.add(section.id());
            out.add(section.id() + "-title");
            if (section.body() != null) {
                out.addAll(ids(section.body(), section.id()));
                for (Directive.Occurrence occurrence : Directive.scan(section.body().text())) {
                    kind(occurrence).ifPresent(used::add);
                }
            }
        }
        if (used.contains(Directive.Kind.PURPOSES)) {
            for (Purpose purpose : model.purposes()) {
                String id = "purpose-" + purpose.id();
                out.add(id);
                out.add(id + "-title");
                if (purpose.description() != null) {
                    out.addAll(ids(purpose.description(), id));
                }
            }
        }
        if (used.contains(Directive.Kind.RIGHTS)) {
            for (Right right : model.rights()) {
                String id = "right-" + Labelled.yamlName(right.kind());
                out.add(id);
                out.add(id + "-title");
                if (right.description() != null) {
                    out.addAll(ids(right.description(), id));
                }
                if (right.exercise() != null) {
                    out.addAll(ids(right.exercise(), id + "-exercise"));
                }
            }
        }
        if (used.contains(Directive.Kind.COOKIES)) {
            cookies(model, out);
        }
        if (used.contains(Directive.Kind.DATAMAP)) {
            // The data map's caption, and its SVG's title and description (render.html.DataMap).
            out.addAll(List.of("datamap-title", "datamap-desc", "datamap-caption"));
        }
        return out;
    }

    private static void cookies(PolicyModel model, Set<String> out) {
        for (CookieInventory.Group group : CookieInventory.of(model).groups()) {
            out.add(group.anchor());
            if (group.category() != null && group.category().description() != null) {
                out.addAll(ids(group.category().description(), group.anchor()));
            }
        }
        if (CookieInventory.of(model).needsConsent()) {
            out.add(CookieInventory.CHOICES_ANCHOR);
        }
    }

    private static Optional<Directive.Kind> kind(Directive.Occurrence occurrence) {
        return Directive.parse(occurrence).map(Directive::kind);
    }

    /**
     * A heading in prose and the id the renderer gives it.
     *
     * @param text the heading's text
     * @param id   its id
     */
    public record HeadingId(String text, String id) {
    }

    /** The headings of one piece of prose rendered under {@code anchor}, with their ids, in order. */
    public static List<HeadingId> headings(Prose prose, String anchor) {
        List<HeadingId> out = new ArrayList<>();
        // As the renderer: the owner's own heading has anchor-title (see ProseRenderer).
        Set<String> used = new HashSet<>(Set.of(anchor + "-title"));
        PARSER.parse(prose.text()).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = text(heading);
                String base = anchor + "-" + slug(text);
                String id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "-" + n;
                }
                out.add(new HeadingId(text.strip(), id));
            }
        });
        return out;
    }

    private static List<String> ids(Prose prose, String anchor) {
        return headings(prose, anchor).stream().map(HeadingId::id).toList();
    }

    /** "Our standards for email" becomes {@code our-standards-for-email}. */
    public static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "heading" : slug;
    }

    /** A heading's text as the renderer sees it: its text and code, without directives. */
    private static String text(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(withoutDirectives(literal.getLiteral()));
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static String withoutDirectives(String literal) {
        StringBuilder out = new StringBuilder();
        int position = 0;
        for (Directive.Occurrence occurrence : Directive.scan(literal)) {
            if (kind(occurrence).isPresent()) {
                out.append(literal, position, occurrence.start());
                position = occurrence.end();
            }
        }
        return out.append(literal.substring(position)).toString();
    }
}
