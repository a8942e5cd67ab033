package io.github.policyc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration such as {@code P24M}, {@code P6Y} or {@code PT30M}.
 *
 * <p>Unlike {@link java.time.Period} and {@link java.time.Duration} it keeps calendar and clock
 * parts together and remembers how it was written, because "24 months" and "2 years" read
 * differently in a policy even though they are the same length.
 *
 * @since 0.1.0
 */
public record IsoDuration(String text, int years, int months, int weeks, int days,
                          int hours, int minutes, int seconds) {

    private static final Pattern SYNTAX = Pattern.compile(
            "P(?:(\\d{1,4})Y)?(?:(\\d{1,5})M)?(?:(\\d{1,5})W)?(?:(\\d{1,6})D)?"
                    + "(?:T(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,7})S)?)?");

    private static final double SECONDS_PER_DAY = 86_400d;

    /**
     * Parses an ISO-8601 duration.
     *
     * @throws IllegalArgumentException with a message fit for the user when the text is not one
     */
    public static IsoDuration parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches() || text.equals("P") || text.endsWith("T")) {
            throw new IllegalArgumentException(
                    "an ISO-8601 duration such as P24M (24 months), P6Y (6 years) or PT30M (30 minutes)");
        }
        return new IsoDuration(text, group(m, 1), group(m, 2), group(m, 3), group(m, 4),
                group(m, 5), group(m, 6), group(m, 7));
    }

    private static int group(Matcher m, int group) {
        String value = m.group(group);
        return value == null ? 0 : Integer.parseInt(value);
    }

    /** The length in seconds, counting a year as 365.2425 days and a month as a twelfth of that. */
    public double approximateSeconds() {
        double daysTotal = years * 365.2425 + months * 30.436875 + weeks * 7d + days;
        return daysTotal * SECONDS_PER_DAY + hours * 3600d + minutes * 60d + seconds;
    }

    /** The duration in words, for example "24 months" or "1 year and 6 months". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, years, "year");
        add(parts, months, "month");
        add(parts, weeks, "week");
        add(parts, days, "day");
        add(parts, hours, "hour");
        add(parts, minutes, "minute");
        add(parts, seconds, "second");
        if (parts.isEmpty()) {
            return "no time";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, int amount, String unit) {
        if (amount > 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
