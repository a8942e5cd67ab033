package io.github.policyc.importer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a policy says it was last updated or takes effect: "last updated in March 2024",
 * "Effective date: 1 January 2025", "Revised on May 3rd, 2023", "Last modified 2024-03-12".
 */
public final class DateFinder {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern KEYWORD = Pattern.compile("(?i)\\b(?:(?:last\\s+)?(?:updated|revised|modified|reviewed"
            + "|amended)|effective(?:\\s+date)?|date\\s+of\\s+(?:last\\s+)?(?:update|revision)|version\\s+date|dated)\\b");
    private static final Pattern FILLER = Pattern.compile(
            "(?i)^[\\s:–—-]*(?:(?:on|in|as\\s+of|from|at|is|was)\\s+){0,8}(?:the\\s+)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)^" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)^" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * A date found.
     *
     * @param date      the date; the first of the month when only month and year are given
     * @param monthOnly whether the text gives only month and year
     * @param phrase    the words it was read from, such as "last updated in March 2024"
     */
    public record FoundDate(LocalDate date, boolean monthOnly, LocatedText phrase) {
    }

    private DateFinder() {
    }

    /** The first date given after a word such as "updated" or "effective", or {@code null}. */
    public static FoundDate find(List<LocatedText> texts) {
        for (LocatedText text : texts) {
            Matcher keyword = KEYWORD.matcher(text.text());
            while (keyword.find()) {
                // The patterns read from a place on: a region, not a copy of the rest of the text per keyword.
                Matcher filler = FILLER.matcher(text.text()).region(keyword.end(), text.length());
                int at = filler.lookingAt() ? filler.end() : keyword.end();
                FoundDate date = date(text, keyword.start(), at);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static FoundDate date(LocatedText text, int phraseStart, int dateStart) {
        Matcher m;
        try {
            if ((m = at(DAY_MONTH_YEAR, text, dateStart)).lookingAt()) {
                return found(LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), false,
                        text, phraseStart, m.end());
            }
            if ((m = at(MONTH_DAY_YEAR, text, dateStart)).lookingAt()) {
                return found(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), false,
                        text, phraseStart, m.end());
            }
            if ((m = at(MONTH_YEAR, text, dateStart)).lookingAt()) {
                return found(LocalDate.of(year(m.group(2)), month(m.group(1)), 1), true, text, phraseStart, m.end());
            }
            if ((m = at(ISO, text, dateStart)).lookingAt()) {
                return found(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                        false, text, phraseStart, m.end());
            }
        } catch (DateTimeException e) {
            return null; // "31 February": not a date
        }
        return null;
    }

    /** A matcher of the text from {@code start} on; {@code ^} matches there. */
    private static Matcher at(Pattern pattern, LocatedText text, int start) {
        return pattern.matcher(text.text()).region(start, text.length());
    }

    private static int year(String year) {
        int value = Integer.parseInt(year);
        if (value < 1990 || value > 2200) {
            throw new DateTimeException("not a policy's year: " + year);
        }
        return value;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static FoundDate found(LocalDate date, boolean monthOnly, LocatedText text, int start, int end) {
        return new FoundDate(date, monthOnly, text.sub(start, end));
    }
}
