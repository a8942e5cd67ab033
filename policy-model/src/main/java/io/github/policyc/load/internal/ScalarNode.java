package io.github.policyc.load.internal;

import io.github.policyc.model.Location;
import io.github.policyc.model.Prose;

/**
 * A YAML scalar: its text as written (so {@code 2024.10} stays {@code 2024.10}), the type YAML
 * resolved it to, and where its content starts, for mapping positions inside prose to the source.
 */
public record ScalarNode(String text, Type type, Location at, Location contentAt, int indent) implements Node {

    /** The type YAML gives a plain scalar. Quoted and block scalars are always strings. */
    public enum Type { STRING, NUMBER, BOOLEAN, NULL }

    public boolean isNull() {
        return type == Type.NULL;
    }

    /** The scalar as prose, located so that positions in it map back to the source. */
    public Prose toProse() {
        return new Prose(text, contentAt, indent);
    }

    @Override
    public String describe() {
        return switch (type) {
            case NULL -> "nothing";
            case NUMBER -> "the number " + text;
            case BOOLEAN -> "the boolean " + text;
            case STRING -> "the text '" + Messages.abbreviate(text) + "'";
        };
    }
}
