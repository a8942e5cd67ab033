package io.github.policyc.model;

import java.util.Locale;
import java.util.Set;

/**
 * A country by its ISO 3166-1 alpha-2 code, or one of the regions {@code EEA} and {@code worldwide}
 * that policies commonly name when a transfer has no single destination.
 *
 * @param code the upper-case ISO code, {@code EEA} or {@code worldwide}
 * @since 0.1.0
 */
public record Country(String code) {

    /** The European Economic Area. */
    public static final String EEA = "EEA";
    /** Any country: used for suppliers and partners that operate globally. */
    public static final String WORLDWIDE = "worldwide";

    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /**
     * Parses a country code.
     *
     * @throws IllegalArgumentException with a message fit for the user when the code is unknown
     */
    public static Country parse(String text) {
        if (text.equals(EEA) || text.equals(WORLDWIDE)) {
            return new Country(text);
        }
        if (ISO_CODES.contains(text)) {
            return new Country(text);
        }
        if (text.equalsIgnoreCase("UK")) {
            throw new IllegalArgumentException("an ISO 3166-1 alpha-2 code; the United Kingdom is 'GB'");
        }
        if (ISO_CODES.contains(text.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("an upper-case ISO 3166-1 alpha-2 code ('"
                    + text.toUpperCase(Locale.ROOT) + "')");
        }
        throw new IllegalArgumentException("an ISO 3166-1 alpha-2 country code such as GB or US, "
                + "or one of EEA, worldwide");
    }

    /** The country's name in English, for example "United States". */
    public String displayName() {
        return switch (code) {
            case EEA -> "the European Economic Area";
            case WORLDWIDE -> "Worldwide";
            default -> new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
