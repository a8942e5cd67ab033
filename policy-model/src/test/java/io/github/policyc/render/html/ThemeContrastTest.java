package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Computes the WCAG 2.1 contrast of every colour pair the theme draws, in the light and the dark
 * palette, from the custom properties of {@code policyc.css} itself: text needs 4.5:1 (1.4.3), the
 * focus ring and the data map's lines 3:1 against what surrounds them (1.4.11).
 */
class ThemeContrastTest {

    private static final String CSS = css();

    /** Where each colour is drawn: a foreground on a background, and the ratio it needs. */
    private record Pair(String foreground, String background, double minimum) {
    }

    private static final double TEXT = 4.5;
    private static final double NON_TEXT = 3.0;

    private static final List<Pair> PAIRS = List.of(
            // Body text, and the diff's lines on their removed and added backgrounds.
            new Pair("text", "background", TEXT), new Pair("text", "stripe", TEXT),
            new Pair("text", "removed", TEXT), new Pair("text", "added", TEXT),
            // Version lines, the footer, the map's countries and caption; inside the summary and table rows too.
            new Pair("muted", "background", TEXT), new Pair("muted", "stripe", TEXT),
            // Links, visited or not, in text, in striped table rows, the summary and notices.
            new Pair("link", "background", TEXT), new Pair("link", "stripe", TEXT),
            new Pair("link-visited", "background", TEXT), new Pair("link-visited", "stripe", TEXT),
            // The focus ring, the notices' and material changes' bars: around and beside either background.
            new Pair("focus", "background", NON_TEXT), new Pair("focus", "stripe", NON_TEXT),
            // The data map's lines and box outlines are what show which data goes where.
            new Pair("muted", "background", NON_TEXT), new Pair("muted", "stripe", NON_TEXT));

    /** Colours that only separate parts that are already apart (rules under rows and headings). */
    private static final Set<String> DECORATIVE = Set.of("rule");

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyPairOfColoursMeetsItsContrastRatio(String scheme) {
        Map<String, double[]> palette = palette(scheme);

        for (Pair pair : PAIRS) {
            double ratio = contrast(palette.get(pair.foreground()), palette.get(pair.background()));
            assertThat(ratio).as("%s: --%s on --%s", scheme, pair.foreground(), pair.background())
                    .isGreaterThanOrEqualTo(pair.minimum());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyColourOfThePaletteIsChecked(String scheme) {
        Set<String> checked = new LinkedHashSet<>(DECORATIVE);
        PAIRS.forEach(pair -> {
            checked.add(pair.foreground());
            checked.add(pair.background());
        });

        assertThat(palette(scheme).keySet()).as(scheme).containsExactlyInAnyOrderElementsOf(checked);
    }

    @Test
    void noColourIsWrittenOutsideThePalettes() {
        String rest = withoutComments(CSS).replace(block(CSS, ROOT), "").replace(block(CSS, DARK_ROOT), "");

        assertThat(Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(")
                .matcher(rest).results().map(m -> m.group()).toList()).isEmpty();
        assertThat(Pattern.compile(":\\s*(white|black|red|green|blue|grey|gray|silver|navy|orange|yellow)\\b")
                .matcher(rest).results().map(m -> m.group()).toList()).isEmpty();
    }

    @Test
    void theDarkPaletteIsForScreensOnlySoThatPrintsStayLight() {
        assertThat(CSS).contains("@media screen and (prefers-color-scheme: dark)");
        assertThat(block(CSS, DARK_ROOT)).contains("--background");
    }

    @Test
    void theContrastFormulaIsWcags() {
        assertThat(contrast(rgb("#000000"), rgb("#ffffff"))).isCloseTo(21.0, within(1e-9));
        assertThat(contrast(rgb("#fff"), rgb("#ffffff"))).isCloseTo(1.0, within(1e-9));
        // #767676 on white is the lightest grey that passes 4.5:1; #777777 fails.
        assertThat(contrast(rgb("#767676"), rgb("#ffffff"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(rgb("#777777"), rgb("#ffffff"))).isLessThan(4.5);
    }

    @Test
    void thePagesLoadNothingFromElsewhere() {
        String css = withoutComments(CSS);

        assertThat(css).doesNotContain("@import", "@font-face", "url(", "http:", "https:");
    }

    private static final Pattern ROOT = Pattern.compile("(?s)^(?:(?!@media).)*?:root\\s*\\{([^}]*)}");
    private static final Pattern DARK_ROOT = Pattern.compile(
            "(?s)@media[^{]*prefers-color-scheme:\\s*dark[^{]*\\{\\s*:root\\s*\\{([^}]*)}");
    private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\\s*;");

    /** The colours of a palette by name: the light one is {@code :root}, the dark one overrides it. */
    private static Map<String, double[]> palette(String scheme) {
        Map<String, double[]> colours = new LinkedHashMap<>();
        Matcher property = PROPERTY.matcher(block(CSS, ROOT));
        while (property.find()) {
            colours.put(property.group(1), rgb(property.group(2)));
        }
        if (scheme.equals("dark")) {
            Map<String, double[]> dark = new LinkedHashMap<>();
            Matcher override = PROPERTY.matcher(block(CSS, DARK_ROOT));
            while (override.find()) {
                dark.put(override.group(1), rgb(override.group(2)));
            }
            // A colour the dark palette forgets would stay light on a dark background.
            assertThat(dark.keySet()).as("the dark palette redefines every colour")
                    .containsExactlyInAnyOrderElementsOf(colours.keySet());
            return dark;
        }
        return colours;
    }

    private static String block(String css, Pattern pattern) {
        Matcher matcher = pattern.matcher(withoutComments(css));
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    static double[] rgb(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                    + digits.charAt(2) + digits.charAt(2);
        }
        int value = Integer.parseInt(digits, 16);
        return new double[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    /** WCAG 2.1 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static String css() {
        try (InputStream in = HtmlPages.class.getResourceAsStream("assets/policyc.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
