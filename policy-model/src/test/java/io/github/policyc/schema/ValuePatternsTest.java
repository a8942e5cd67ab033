package io.github.policyc.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.model.CookieLifetime;
import io.github.policyc.model.Country;
import io.github.policyc.model.Ids;
import io.github.policyc.model.IsoDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each schema pattern accepts exactly what the value type's {@code parse} accepts, on hand-picked edge
 * cases and on many generated strings. Java's regular expressions stand in for ECMA-262 here: the
 * patterns use only what both read alike (classes, counted repeats, groups, lookaheads).
 */
class ValuePatternsTest {

    @Test
    void durations() {
        List<String> samples = new ArrayList<>(List.of("P24M", "P6Y", "PT30M", "P1Y2M3W4DT5H6M7S", "P0D", "PT0S",
                "P", "PT", "P1YT", "P1DT", "1Y", "p1y", "P1.5Y", "P-1Y", "P12345Y", "P1234Y", "PT1234567S",
                "PT12345678S", "P1M1Y", "P1Y ", " P1Y", "P1YT1", "PT1H1", "P1W1D", "session", ""));
        samples.addAll(generated("PYMWDTHS0123456789 ", 20_000, 10));

        agree(ValuePatterns.of(IsoDuration.class), samples, IsoDuration::parse);
    }

    @Test
    void cookieLifetimes() {
        List<String> samples = new ArrayList<>(List.of("session", "Session", "sessions", "P2Y", "PT", "P", ""));
        samples.addAll(generated("PYMDTHSsion0129", 20_000, 9));

        agree(ValuePatterns.of(CookieLifetime.class), samples, CookieLifetime::parse);
    }

    @Test
    void countries() {
        List<String> samples = new ArrayList<>(List.of("EEA", "worldwide", "Worldwide", "eea", "UK", "GB", "gb",
                "USA", "U", "", "XK", "EU"));
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                samples.add("" + a + b);
                samples.add(("" + a + b).toLowerCase());
            }
        }

        agree(ValuePatterns.of(Country.class), samples, Country::parse);
    }

    @Test
    void ids() {
        List<String> samples = new ArrayList<>(List.of("events", "job-applicants", "a.b_c-1", "9", "-a", ".a", "_a",
                "a b", "a/b", "é", "", "a".repeat(100), "a".repeat(101)));
        samples.addAll(generated("aZ09-_. /é", 20_000, 6));

        agree(ValuePatterns.ID, samples, id -> {
            if (!Ids.isValid(id)) {
                throw new IllegalArgumentException(id);
            }
        });
    }

    private static void agree(String pattern, List<String> samples, Consumer<String> parse) {
        Pattern compiled = Pattern.compile(pattern);
        int accepted = 0;
        for (String sample : samples) {
            boolean parses = parses(parse, sample);
            assertThat(compiled.matcher(sample).find()).as("'%s' matches the pattern", sample).isEqualTo(parses);
            accepted += parses ? 1 : 0;
        }
        assertThat(accepted).as("samples parse accepts").isPositive().isLessThan(samples.size());
    }

    private static boolean parses(Consumer<String> parse, String text) {
        try {
            parse.accept(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Strings of up to {@code maxLength} characters from {@code alphabet}, from a fixed seed. */
    private static List<String> generated(String alphabet, int count, int maxLength) {
        Random random = new Random(20240301);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder(alphabet.charAt(0) == 'P' || random.nextBoolean() ? "P" : "");
            int length = random.nextInt(maxLength);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            strings.add(s.toString());
        }
        return strings;
    }
}
