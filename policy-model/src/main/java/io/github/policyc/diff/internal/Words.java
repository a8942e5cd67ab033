package io.github.policyc.diff.internal;

import io.github.policyc.model.Country;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.RecipientRole;
import io.github.policyc.model.Retention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The small pieces of plain English that change summaries are made of. */
public final class Words {

    /** Country names that take "the" in a sentence ("in the Netherlands"), besides United …, … Islands, … Republic. */
    private static final Set<String> WITH_ARTICLE = Set.of("Netherlands", "Philippines", "Bahamas", "Gambia",
            "Maldives", "Comoros");

    private Words() {
    }

    /**
     * A label as it reads inside a sentence: "Legitimate interests" becomes "legitimate interests", but
     * names stay as they are ("IP address", "International Data Transfer Agreement").
     */
    public static String inSentence(String label) {
        String[] words = label.split(" ", 3);
        boolean acronym = words[0].length() > 1 && words[0].equals(words[0].toUpperCase(Locale.ROOT));
        boolean titleCase = words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0));
        if (acronym || titleCase || label.isEmpty()) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The label of an enum value inside a sentence. */
    public static String inSentence(Labelled value) {
        return inSentence(value.label());
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "1 change", "3 changes". */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** How long data is kept, completing "keeps data …": "for 24 months after the event", "until you object". */
    public static String retention(Retention retention) {
        if (retention.period() != null) {
            String period = "for " + retention.period().describe();
            return retention.trigger() == null ? period : period + " " + retention.trigger();
        }
        if (retention.trigger() != null) {
            return retention.trigger();
        }
        return "as long as its criteria say";
    }

    /** Where a recipient processes data, completing "processes data …": "in the United States and in India". */
    public static String places(List<Country> countries) {
        return list(countries.stream().map(Words::place).toList());
    }

    private static String place(Country country) {
        if (country.code().equals(Country.WORLDWIDE)) {
            return "anywhere in the world";
        }
        String name = country.displayName();
        boolean article = name.startsWith("United ") || name.endsWith(" Islands") || name.endsWith(" Republic")
                || WITH_ARTICLE.contains(name);
        return "in " + (article ? "the " : "") + name;
    }

    /** What a recipient is, after its name: "a processor acting on our behalf". */
    public static String role(RecipientRole role) {
        return switch (role) {
            case PROCESSOR -> "a processor acting on our behalf";
            case CONTROLLER -> "an independent controller";
            case JOINT_CONTROLLER -> "a joint controller";
            case PUBLIC_AUTHORITY -> "a public authority";
            case PUBLIC -> "the public";
        };
    }

    /**
     * A stated value that changed, for example "company number is now 02 instead of 01", "now states
     * its website: …" or "no longer states its phone number (was …)".
     *
     * @param what   what the value is, such as "company number"
     * @param before the older value, {@code null} when it was not stated
     * @param after  the newer value, {@code null} when it is no longer stated
     */
    public static String changed(String what, String before, String after) {
        if (before == null) {
            return "now states its " + what + ": " + after;
        }
        if (after == null) {
            return "no longer states its " + what + " (was " + before + ")";
        }
        return what + " is now " + after + " instead of " + before;
    }

    /** Address lines as one line. */
    public static String address(List<String> lines) {
        return String.join(", ", lines);
    }
}
