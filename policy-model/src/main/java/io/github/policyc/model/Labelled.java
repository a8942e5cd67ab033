package io.github.policyc.model;

import java.util.Locale;

/**
 * A closed set of values written in the model in kebab case ({@code legitimate-interests}) and
 * shown to readers by a label ("Legitimate interests").
 *
 * @since 0.1.0
 */
public interface Labelled {

    /** The name readers see. */
    String label();

    /** The name authors write in the model: the constant's name in lower kebab case. */
    static String yamlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
