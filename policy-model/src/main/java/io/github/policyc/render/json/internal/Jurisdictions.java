package io.github.policyc.render.json.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The country a controller's "registered in" names, as an ISO 3166-1 alpha-2 code. The model keeps
 * that as text, such as "England and Wales", because that is how a UK company states it; formats
 * that want a code get one where the text plainly names a country.
 */
public final class Jurisdictions {

    /** The parts of the United Kingdom companies are registered in, and its names. */
    private static final Set<String> UNITED_KINGDOM = Set.of("england", "wales", "scotland", "northern ireland",
            "united kingdom", "the united kingdom", "uk", "great britain");

    private Jurisdictions() {
    }

    /** The code of the country {@code registeredIn} names, if it plainly names one. */
    public static Optional<String> country(String registeredIn) {
        if (registeredIn == null || registeredIn.isBlank()) {
            return Optional.empty();
        }
        String text = registeredIn.strip();
        // "England and Wales", "Scotland": every part a part of the UK, so "New South Wales" is not.
        boolean british = Arrays.stream(text.toLowerCase(Locale.ROOT).split(",|&|\\band\\b"))
                .map(String::strip)
                .allMatch(UNITED_KINGDOM::contains);
        if (british) {
            return Optional.of("GB");
        }
        for (String code : Locale.getISOCountries()) {
            if (code.equals(text) || new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(text)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
