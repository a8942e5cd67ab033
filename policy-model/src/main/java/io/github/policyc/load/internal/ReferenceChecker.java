package io.github.policyc.load.internal;

import io.github.policyc.model.Contact;
import io.github.policyc.model.Controller;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieCategory;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSubject;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Right;
import io.github.policyc.model.Section;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the references between parts of a bound model: ids in purposes, rights, cookies (their
 * purpose, and their category among the standard and declared ones) and the controller, and the
 * directives written in prose. Each one that points nowhere is a problem, with the closest existing id
 * suggested.
 */
public final class ReferenceChecker {

    private final Problems problems;

    public ReferenceChecker(Problems problems) {
        this.problems = problems;
    }

    public void check(PolicyModel model) {
        List<String> contacts = ids(model.contacts(), Contact::id);
        List<String> subjects = ids(model.dataSubjects(), DataSubject::id);
        List<String> categories = ids(model.dataCategories(), DataCategory::id);
        List<String> purposes = ids(model.purposes(), Purpose::id);
        List<String> recipients = ids(model.recipients(), Recipient::id);

        Controller controller = model.controller();
        if (controller != null) {
            resolve(controller.contact(), contacts, "controller names unknown contact");
            resolve(controller.dpo(), contacts, "controller names unknown data protection officer contact");
        }
        for (Purpose purpose : model.purposes()) {
            String owner = "purpose '" + purpose.id() + "' names unknown ";
            purpose.subjects().forEach(ref -> resolve(ref, subjects, owner + "data subject"));
            purpose.categories().forEach(ref -> resolve(ref, categories, owner + "category"));
            purpose.recipients().forEach(ref -> resolve(ref, recipients, owner + "recipient"));
        }
        for (Right right : model.rights()) {
            resolve(right.contact(), contacts, "right '" + Labelled.yamlName(right.kind())
                    + "' names unknown contact");
        }
        List<String> cookieCategories = ids(model.allCookieCategories(), CookieCategory::id);
        for (Cookie cookie : model.cookies()) {
            resolve(cookie.purpose(), purposes, "cookie '" + cookie.name() + "' names unknown purpose");
            resolve(cookie.category(), cookieCategories, "cookie '" + cookie.name() + "' names unknown category");
        }
        checkSectionIds(model.sections());
        Set<Prose> sectionBodies = Collections.newSetFromMap(new IdentityHashMap<>());
        model.sections().forEach(section -> sectionBodies.add(section.body()));
        ProseWalker.walk(model, prose -> checkDirectives(prose, contacts, sectionBodies.contains(prose)));
        checkOncePerPage(model.sections());
    }

    /**
     * Blocks that give their parts ids ({@link Directive.Kind#isOncePerPage()}) can appear once per page: a
     * second copy would repeat every id, and links to them would lead to the first.
     */
    private void checkOncePerPage(List<Section> sections) {
        Map<String, Location> first = new HashMap<>();
        for (Section section : sections) {
            if (section.body() == null) {
                continue;
            }
            String text = section.body().text();
            for (Directive.Occurrence occurrence : Directive.scan(text)) {
                Directive directive;
                try {
                    directive = Directive.of(occurrence);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (!directive.kind().isOncePerPage()) {
                    continue;
                }
                Location at = section.body().locateOffset(occurrence.start());
                Location earlier = first.putIfAbsent(section.page() + " " + directive.kind(), at);
                if (earlier != null) {
                    String where = earlier.file().equals(at.file()) ? "line " + earlier.line() : earlier.toString();
                    problems.add(at, "'" + occurrence.written(text) + "' is already on this page, at " + where
                            + "; it can appear once per page, since its parts have ids that must be unique");
                }
            }
        }
    }

    private void resolve(Ref ref, List<String> ids, String message) {
        if (ref != null && !ids.contains(ref.id())) {
            problems.add(ref.at(), message + " '" + ref.id() + "'" + hint(ref.id(), ids));
        }
    }

    private static String hint(String id, List<String> ids) {
        if (ids.isEmpty()) {
            return "; none are declared";
        }
        String closest = Suggestions.closest(id, ids);
        return closest != null ? " (did you mean '" + closest + "'?)" : "; declared: " + String.join(", ", ids);
    }

    private void checkSectionIds(List<Section> sections) {
        Map<String, Section> seen = new HashMap<>();
        for (Section section : sections) {
            if (section.id() == null) {
                continue;
            }
            Section first = seen.putIfAbsent(section.id(), section);
            if (first != null) {
                problems.add(section.at(), "section id '" + section.id() + "' is already used at line "
                        + first.at().line() + "; section ids must be unique");
            }
        }
    }

    private void checkDirectives(Prose prose, List<String> contacts, boolean sectionBody) {
        String text = prose.text();
        for (Directive.Occurrence occurrence : Directive.scan(text)) {
            Directive directive;
            try {
                directive = Directive.of(occurrence);
            } catch (IllegalArgumentException e) {
                problems.add(prose.locateOffset(occurrence.start()), e.getMessage() + suggestDirective(occurrence));
                continue;
            }
            if (directive.kind() == Directive.Kind.CONTACT && !contacts.contains(directive.argument())) {
                problems.add(prose.locateOffset(occurrence.start()), "'" + occurrence.written(text)
                        + "' names unknown contact '" + directive.argument() + "'" + hint(directive.argument(), contacts));
            }
            if (directive.kind().isBlock() && !sectionBody) {
                // Generated blocks contain this prose themselves; allowing them here could recurse.
                problems.add(prose.locateOffset(occurrence.start()), "'" + occurrence.written(text)
                        + "' can only be used in a section's body; here, use inline directives such as"
                        + " {{contact id}} or {{page cookies}}");
            } else if (directive.kind().isBlock() && !standsAlone(text, occurrence)) {
                problems.add(prose.locateOffset(occurrence.start()), "'" + occurrence.written(text)
                        + "' must stand in a paragraph of its own: put a blank line before and after it");
            }
        }
    }

    private static String suggestDirective(Directive.Occurrence occurrence) {
        List<String> kinds = Arrays.stream(Directive.Kind.values()).map(Directive.Kind::syntaxName).toList();
        if (!kinds.contains(occurrence.name())) {
            return Suggestions.didYouMean(occurrence.name(), kinds);
        }
        if (occurrence.name().equals("table") && occurrence.argument() != null) {
            return Suggestions.didYouMean(occurrence.argument(),
                    Arrays.stream(Directive.TableKind.values()).map(Directive.TableKind::syntaxName).toList());
        }
        return "";
    }

    /** Whether the directive is the only thing in its paragraph: alone on its line, blank lines around. */
    private static boolean standsAlone(String text, Directive.Occurrence occurrence) {
        int lineStart = text.lastIndexOf('\n', occurrence.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', occurrence.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (!text.substring(lineStart, occurrence.start()).isBlank()
                || !text.substring(occurrence.end(), lineEnd).isBlank()) {
            return false;
        }
        return isBlankLineOrEdge(text, lineStart - 1, -1) && isBlankLineOrEdge(text, lineEnd, 1);
    }

    /** Whether the line next to a line end (going in {@code direction}) is blank or absent. */
    private static boolean isBlankLineOrEdge(String text, int newline, int direction) {
        if (newline < 0 || newline >= text.length()) {
            return true;
        }
        if (direction < 0) {
            int start = text.lastIndexOf('\n', newline - 1) + 1;
            return text.substring(start, newline).isBlank();
        }
        int end = text.indexOf('\n', newline + 1);
        return text.substring(newline + 1, end < 0 ? text.length() : end).isBlank();
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }
}
