package io.github.policyc.render.html;

import io.github.policyc.model.Country;
import io.github.policyc.model.Retention;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How model values read in the generated pages. */
final class Formats {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Formats() {
    }

    /** "1 March 2024". */
    static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "name, email and phone". */
    static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "24 months after our last contact with you", or "Until you ask us to stop", or "Not stated". */
    static String retention(Retention retention) {
        if (retention == null || retention.period() == null && retention.trigger() == null) {
            return "Not stated";
        }
        if (retention.period() == null) {
            return capitalise(retention.trigger());
        }
        String period = capitalise(retention.period().describe());
        return retention.trigger() == null ? period : period + " " + retention.trigger();
    }

    /** "United States, India". */
    static String countries(List<Country> countries) {
        return join(countries.stream().map(Country::displayName).toList());
    }

    /**
     * The language of the text policyc writes itself (headings, captions, labels), {@code en}, when a page
     * in {@code pageLanguage} needs it said (WCAG 3.1.2, language of parts); {@code null} on an English page.
     */
    static String generatedLang(String pageLanguage) {
        String primary = pageLanguage.split("-", 2)[0];
        return primary.equalsIgnoreCase("en") ? null : "en";
    }

    /** The {@code lang} attribute for an element of generated English text, or no attribute. */
    static Map<String, String> generatedLangAttribute(String generatedLang) {
        return generatedLang == null ? Map.of() : Map.of("lang", generatedLang);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
