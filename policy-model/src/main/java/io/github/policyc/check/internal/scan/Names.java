package io.github.policyc.check.internal.scan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a name written in prose ("HR", "our Marketing team", "the Data Protection Officer") names
 * the same person or team as a declared one ("HR team", "Marketing", id {@code dpo}). Loose on
 * purpose: case, "our"/"the", words such as "team" or "department", plurals and possessives do not
 * count, either name may be the shorter, and an acronym matches the initials of the other's words.
 */
public final class Names {

    /** Words that say what kind of unit a name is, not which one. */
    private static final Set<String> GENERIC = Set.of("team", "teams", "department", "departments", "dept",
            "office", "officer", "desk", "unit", "group", "division", "function", "staff", "the", "our", "a",
            "an", "any", "member", "members", "of", "for", "and", "at", "in", "to");

    private Names() {
    }

    /** The words of a name that tell it apart: lower case, generic words and plural endings dropped. */
    public static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !GENERIC.contains(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    /** The initials of a name's distinguishing words: "Data Protection Officer" gives {@code dpo}. */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !List.of("of", "the", "and", "for", "a", "an", "our").contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** Whether a name written in prose names the same party as any of {@code declared}. */
    public static boolean matches(String written, List<String> declared) {
        Set<String> writtenWords = words(written);
        String writtenInitials = initials(written);
        for (String name : declared) {
            Set<String> names = words(name);
            if (names.isEmpty() || writtenWords.isEmpty()) {
                continue;
            }
            if (names.containsAll(writtenWords) || writtenWords.containsAll(names)) {
                return true;
            }
            // "HR" and "Human Resources", "DPO" and "Data Protection Officer", both ways.
            String nameInitials = initials(name);
            if (writtenWords.size() == 1 && nameInitials.length() > 1
                    && nameInitials.equals(writtenWords.iterator().next())) {
                return true;
            }
            if (names.size() == 1 && writtenInitials.length() > 1 && writtenInitials.equals(names.iterator().next())) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
