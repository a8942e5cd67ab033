package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.scan.AnchoredFind;
import io.github.policyc.check.internal.scan.Anchors;
import io.github.policyc.check.internal.scan.ProseText;
import io.github.policyc.check.internal.scan.Titles;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Right;
import io.github.policyc.model.Section;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PC302: prose that refers to a section or heading the policy does not have. */
public final class UnresolvedSectionReference implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC302", "unresolved-section-reference", Severity.WARNING,
            "0.1.0", "Prose refers to a section or heading that does not exist.",
            "A reference such as described under \"Phone and Email Communication\" sends readers looking for a"
                    + " heading the policy does not have, often because the section was renamed. The rule reads"
                    + " quoted titles after \"see\", \"described under\", \"set out in\", \"refer to\" and the like (and"
                    + " after \"under\", \"in\" or \"read\" when \"section\" or \"heading\" is said too), and compares them"
                    + " with the titles of sections, prose headings, purposes, rights and the generated pages,"
                    + " ignoring case, punctuation and spacing. It also checks that every link to #anchor (or to"
                    + " privacy-policy.html#anchor, cookie-policy.html#anchor) leads to an id the page has: a"
                    + " section id, purpose-<id>, right-<kind> where {{purposes}} or {{rights}} is shown, or a"
                    + " heading's <section-id>-<heading-slug>. Use the exact title, or better, link the section.");

    /** A quoted title: curly or straight, double or single quotes. */
    static final Pattern QUOTED = Pattern.compile("“([^”\\n\\uFFFC]{2,120})”|\"([^\"\\n\\uFFFC]{2,120})\""
            + "|(?<!\\p{L})‘([^’\\n\\uFFFC]{2,120})’(?!\\p{L})|(?<!\\p{L})'([^'\\n\\uFFFC]{2,120})'(?!\\p{L})");

    private static final String SECTION_WORD = "(?:section|heading|part|chapter|paragraph|page)s?";

    /** Words before a quoted title that make it a reference whatever follows. */
    private static final Pattern STRONG_CUE = Pattern.compile("(?i)(?:\\b(?:see(?:\\s+also)?|(?:described|set\\s+out"
            + "|explained|detailed|listed|covered|defined|given|found)\\s+(?:under|in|at|below|above)|refer(?:red)?\\s+to"
            + "|headed|titled|entitled)(?:\\s+(?:the|our))?(?:\\s+" + SECTION_WORD + "(?:\\s+(?:headed|titled|entitled"
            + "|called|named))?)?|\\b" + SECTION_WORD + "(?:\\s+(?:headed|titled|entitled|called|named))?)\\s*$");

    /** Words before a quoted title that make it a reference when "section" or the like is said too. */
    private static final Pattern WEAK_CUE = Pattern.compile("(?i)\\b(?:under|in|within|read|at)(?:\\s+(?:the|our))?\\s*$");

    private static final Pattern SECTION_AFTER = Pattern.compile("(?i)\\s*,?\\s+(?:" + SECTION_WORD + "|above|below)\\b");

    private static final Pattern PAGE_LINK = Pattern.compile("(?:\\./)?(privacy-policy|cookie-policy)\\.html#(.*)");

    /** A title readers could be referred to, and where it leads. */
    private record Target(String title, String anchor) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        Referable referable = new Referable(model);
        Map<Prose, Section> sections = new IdentityHashMap<>();
        model.sections().stream().filter(s -> s.body() != null).forEach(s -> sections.put(s.body(), s));

        for (ProseText prose : ProseText.of(context)) {
            Section section = sections.get(prose.field().prose());
            quotedTitles(prose, referable, out);
            for (ProseText.LinkAt link : prose.links()) {
                link(model, referable, prose, section == null ? null : section.page(), link, out);
            }
        }
    }

    /**
     * What prose can refer to, each worked out the first time a reference needs it: most texts refer to
     * nothing, and the titles and anchors of a whole policy (each body's headings parsed) cost more than
     * reading its quotes and links.
     */
    private static final class Referable {
        private final PolicyModel model;
        private Map<String, Target> targets;
        private Titles titles;
        private Anchors anchors;
        private Titles anchorIds;

        Referable(PolicyModel model) {
            this.model = model;
        }

        /** Every title readers could be referred to, by normalised title. */
        Map<String, Target> targets() {
            if (targets == null) {
                targets = UnresolvedSectionReference.targets(model);
            }
            return targets;
        }

        /** Suggestions among the titles of {@link #targets()}. */
        Titles titles() {
            if (titles == null) {
                titles = Titles.among(targets().values().stream().map(Target::title).toList());
            }
            return titles;
        }

        Anchors anchors() {
            if (anchors == null) {
                anchors = Anchors.of(model);
            }
            return anchors;
        }

        /** Suggestions among the ids of every page. */
        Titles anchorIds() {
            if (anchorIds == null) {
                List<String> ids = new ArrayList<>();
                for (Page page : Page.values()) {
                    ids.addAll(anchors().on(page));
                }
                anchorIds = Titles.among(ids);
            }
            return anchorIds;
        }
    }

    private static void quotedTitles(ProseText prose, Referable referable, FindingSink out) {
        String text = prose.text();
        AnchoredFind quotes = quoted(text);
        while (quotes.find()) {
            Matcher m = quotes.matcher();
            String title = firstGroup(m);
            if (!isReference(text, m.start(), m.end()) || prose.linkOver(m.start(), m.end()) != null
                    || referable.targets().containsKey(Titles.normalise(title))) {
                continue;
            }
            String closest = referable.titles().suggest(title);
            String hint;
            if (closest == null) {
                hint = "use the exact title of a section or heading, or link it: [title](#section-id)";
            } else {
                Target target = referable.targets().get(Titles.normalise(closest));
                hint = "did you mean “" + closest + "”?" + (target.anchor() == null ? ""
                        : " Better, link it: [" + closest + "](" + target.anchor() + ")");
            }
            out.report(prose.locate(m.start()), prose.describe() + " refers to “" + title.strip() + "”, but no"
                    + " section or heading has that title", hint);
        }
    }

    /**
     * The matches of {@link #QUOTED} in {@code text}, tried only at quotes, where every match starts:
     * tried at every offset, its look-behinds made it the costliest scan of the PC3 rules.
     */
    static AnchoredFind quoted(String text) {
        return new AnchoredFind(QUOTED, text, at -> isQuote(text.charAt(at)));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘';
    }

    /** Whether a quoted text at {@code start}..{@code end} is a reference to a title, from the words around it. */
    private static boolean isReference(String text, int start, int end) {
        // The cue stands just before the quote, in the same paragraph: within 80 characters, so only a
        // paragraph break there matters (a lastIndexOf over the whole text per quote was quadratic).
        int window = Math.max(0, start - 80);
        int paragraph = -1;
        for (int i = Math.min(start, text.length() - 2); i >= window; i--) {
            if (text.charAt(i) == '\n' && text.charAt(i + 1) == '\n') {
                paragraph = i;
                break;
            }
        }
        String before = text.substring(Math.max(window, paragraph + 1), start).replace('\n', ' ');
        if (STRONG_CUE.matcher(before).find()) {
            return true;
        }
        return WEAK_CUE.matcher(before).find() && SECTION_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static void link(PolicyModel model, Referable referable, ProseText prose, Page page,
                             ProseText.LinkAt link, FindingSink out) {
        String destination = link.destination().strip();
        String fragment;
        Page target = page;
        Matcher pageLink = PAGE_LINK.matcher(destination);
        if (pageLink.matches()) {
            target = pageLink.group(1).equals("cookie-policy") ? Page.COOKIES : Page.PRIVACY;
            fragment = pageLink.group(2);
        } else if (destination.startsWith("#")) {
            fragment = destination.substring(1);
        } else {
            return;
        }
        if (fragment.isEmpty()) {
            return;
        }
        Anchors anchors = referable.anchors();
        if (target == null ? anchors.pageOf(fragment, null) != null : anchors.on(target).contains(fragment)) {
            return;
        }
        String written = "'" + destination + "'";
        Page elsewhere = anchors.pageOf(fragment, null);
        if (elsewhere != null) {
            out.report(prose.locate(link.start()), prose.describe() + " links to " + written + ", which is on the "
                            + elsewhere.label().toLowerCase(Locale.ROOT) + " page, not on this one",
                    "link to " + Anchors.FILES.get(elsewhere) + "#" + fragment);
            return;
        }
        out.report(prose.locate(link.start()), prose.describe() + " links to " + written + ", but "
                + (target == null ? "no page has" : "the " + target.label().toLowerCase(Locale.ROOT)
                + " page has no") + " such anchor", anchorHint(model, referable.anchorIds(), fragment));
    }

    private static String anchorHint(PolicyModel model, Titles anchorIds, String fragment) {
        if (fragment.startsWith("purpose-") && model.purpose(fragment.substring(8)).isPresent()) {
            return "purposes have anchors only where a section shows {{purposes}}; add it, or link the section"
                    + " that describes the purpose";
        }
        if (fragment.startsWith("right-")) {
            return "rights have anchors only where a section shows {{rights}}; add it, or link the section that"
                    + " describes the right";
        }
        String closest = anchorIds.suggest(fragment);
        return closest != null ? "did you mean '#" + closest + "'?"
                : "link to a section id, purpose-<id>, right-<kind> or a heading's <section-id>-<heading-slug>";
    }

    /** Every title readers could be referred to, by normalised title. */
    private static Map<String, Target> targets(PolicyModel model) {
        Map<String, Target> targets = new LinkedHashMap<>();
        add(targets, model.policy().title(), Anchors.FILES.get(Page.PRIVACY));
        add(targets, model.policy().cookieTitle(), Anchors.FILES.get(Page.COOKIES));
        add(targets, "At a glance", "#at-a-glance");
        add(targets, "Contents", null);
        for (Section section : model.sections()) {
            add(targets, section.title(), "#" + section.id());
            if (section.body() != null) {
                for (Anchors.HeadingId heading : Anchors.headings(section.body(), section.id())) {
                    add(targets, heading.text(), "#" + heading.id());
                }
            }
        }
        for (Purpose purpose : model.purposes()) {
            add(targets, purpose.title(), null);
            if (purpose.description() != null) {
                Anchors.headings(purpose.description(), "purpose-" + purpose.id())
                        .forEach(heading -> add(targets, heading.text(), null));
            }
        }
        for (Right right : model.rights()) {
            add(targets, right.kind().label(), null);
            for (Prose prose : new Prose[] {right.description(), right.exercise()}) {
                if (prose != null) {
                    Anchors.headings(prose, "right-" + Labelled.yamlName(right.kind()))
                            .forEach(heading -> add(targets, heading.text(), null));
                }
            }
        }
        return targets;
    }

    private static void add(Map<String, Target> targets, String title, String anchor) {
        if (title != null && !title.isBlank()) {
            targets.putIfAbsent(Titles.normalise(title), new Target(title.strip(), anchor));
        }
    }

    private static String firstGroup(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        return m.group();
    }
}
