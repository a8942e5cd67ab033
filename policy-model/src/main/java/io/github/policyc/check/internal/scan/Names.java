package io.github.policyc.check.internal.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a name written in prose ("HR", "our Marketing team", "the Data Protection Officer") names
 * the same person or team as a declared one ("HR team", "Marketing", id {@code dpo}). Loose on
 * purpose: case, "our"/"the", words such as "team" or "department", plurals and possessives do not
 * count, either name may be the shorter, and an acronym matches the initials of the other's words.
 *
 * @param <T> what the declared names belong to, such as contacts
 */
public final class Names<T> {

    /** Words that say what kind of unit a name is, not which one. */
    private static final Set<String> GENERIC = Set.of("team", "teams", "department", "departments", "dept",
            "office", "officer", "desk", "unit", "group", "division", "function", "staff", "the", "our", "a",
            "an", "any", "member", "members", "of", "for", "and", "at", "in", "to");

    private static final Set<String> NOT_INITIALS = Set.of("of", "the", "and", "for", "a", "an", "our");

    /** A declared name, read. */
    private record Declared<T>(T owner, Set<String> words, String initials) {
    }

    /** Declared names by each of their distinguishing words, and by their initials. */
    private final Map<String, List<Declared<T>>> byWord = new HashMap<>();
    private final Map<String, List<Declared<T>>> byInitials = new HashMap<>();

    private Names() {
    }

    /** An index of declared names: each owner with the names it goes by, such as a contact's role and id. */
    public static <T> Names<T> of(Map<T, List<String>> declared) {
        Names<T> names = new Names<>();
        declared.forEach((owner, forms) -> {
            for (String form : forms) {
                Declared<T> name = new Declared<>(owner, words(form), initials(form));
                if (name.words().isEmpty()) {
                    continue;
                }
                name.words().forEach(w -> names.byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(name));
                if (name.initials().length() > 1) {
                    names.byInitials.computeIfAbsent(name.initials(), k -> new ArrayList<>()).add(name);
                }
            }
        });
        return names;
    }

    /** The owners whose names match {@code written}, in no particular order, without repeats. */
    public Set<T> find(String written) {
        Set<String> writtenWords = words(written);
        Set<T> found = new LinkedHashSet<>();
        if (writtenWords.isEmpty()) {
            return found;
        }
        // Either name's words contain the other's, so they share a word: look up by the written words.
        for (String word : writtenWords) {
            for (Declared<T> name : byWord.getOrDefault(word, List.of())) {
                if (name.words().containsAll(writtenWords) || writtenWords.containsAll(name.words())) {
                    found.add(name.owner());
                }
            }
        }
        // "HR" and "Human Resources", "DPO" and "Data Protection Officer", both ways.
        if (writtenWords.size() == 1) {
            byInitials.getOrDefault(writtenWords.iterator().next(), List.of()).forEach(n -> found.add(n.owner()));
        }
        String writtenInitials = initials(written);
        if (writtenInitials.length() > 1) {
            for (Declared<T> name : byWord.getOrDefault(writtenInitials, List.of())) {
                if (name.words().size() == 1) {
                    found.add(name.owner());
                }
            }
        }
        return found;
    }

    /** Whether a name written in prose names the same party as any of {@code declared}. */
    public static boolean matches(String written, List<String> declared) {
        return !of(Map.of("declared", declared)).find(written).isEmpty();
    }

    /** The words of a name that tell it apart: lower case, generic words and plural endings dropped. */
    static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : split(name)) {
            if (!GENERIC.contains(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    /** The initials of a name's words: "Data Protection Officer" gives {@code dpo}. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : split(name)) {
            if (!NOT_INITIALS.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    private static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String stem(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
