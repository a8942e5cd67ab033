package io.github.policyc.load.internal;

import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.RecordTypes;

/** How messages name the part of the model a problem is in: "purpose 'events'", "retention of …". */
final class Nouns {

    private Nouns() {
    }

    /** The noun for a record type: {@code DataCategory} is "data category". */
    static String of(Class<?> type) {
        return type == PolicyModel.class ? "the model" : RecordTypes.noun(type);
    }

    /** A record held by another one: "controller", or "retention of purpose 'events'". */
    static String nested(Class<?> type, String owner) {
        return owner.equals(of(PolicyModel.class)) ? of(type) : of(type) + " of " + owner;
    }

    /** An entry of a plain list: named by its id or name when it has one, else by its position. */
    static String item(Class<?> type, Node node, int index) {
        if (node instanceof MappingNode mapping) {
            for (String key : new String[] {"id", "name"}) {
                MappingNode.Entry entry = mapping.get(key);
                if (entry != null && entry.value() instanceof ScalarNode scalar && !scalar.isNull()) {
                    return of(type) + " '" + Messages.abbreviate(scalar.text()) + "'";
                }
            }
        }
        return of(type) + " #" + (index + 1);
    }
}
