package io.github.policyc.schema;

import io.github.policyc.model.CookieLifetime;
import io.github.policyc.model.Country;
import io.github.policyc.model.Ids;
import io.github.policyc.model.IsoDuration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The text forms of the model's value types as ECMA-262 regular expressions, anchored, for the schemas'
 * {@code pattern}. Each matches exactly what the type's {@code parse} accepts; {@code ValuePatternsTest}
 * holds them to that.
 */
final class ValuePatterns {

    /** {@link Ids#PATTERN}, anchored. */
    static final String ID = anchored(Ids.PATTERN);

    /**
     * {@link IsoDuration#parse}: its syntax, where the lookaheads say what {@code parse} checks besides,
     * that {@code P} alone is not a duration and that a {@code T} must be followed by a clock part.
     */
    private static final String DURATION = "P(?!$)(?:\\d{1,4}Y)?(?:\\d{1,5}M)?(?:\\d{1,5}W)?(?:\\d{1,6}D)?"
            + "(?:T(?=\\d)(?:\\d{1,6}H)?(?:\\d{1,6}M)?(?:\\d{1,7}S)?)?";

    private ValuePatterns() {
    }

    /** The anchored pattern of a value type with a {@code parse(String)} factory. */
    static String of(Class<?> valueType) {
        if (valueType == IsoDuration.class) {
            return anchored(DURATION);
        }
        if (valueType == CookieLifetime.class) {
            return anchored("session|" + DURATION);
        }
        if (valueType == Country.class) {
            return anchored(countries());
        }
        throw new IllegalArgumentException("no pattern for " + valueType.getName());
    }

    /**
     * Every ISO 3166-1 alpha-2 code Java knows, grouped by first letter ({@code A[DEFG…]|B[…]}) to keep
     * the pattern short, and the two regions.
     */
    private static String countries() {
        Set<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        Map<Character, String> byFirst = new TreeMap<>();
        for (String code : codes) {
            byFirst.merge(code.charAt(0), code.substring(1), String::concat);
        }
        String iso = byFirst.entrySet().stream()
                .map(e -> e.getKey() + "[" + e.getValue() + "]")
                .collect(Collectors.joining("|"));
        return iso + "|" + Country.EEA + "|" + Country.WORLDWIDE;
    }

    private static String anchored(String pattern) {
        return "^(?:" + pattern + ")$";
    }
}
