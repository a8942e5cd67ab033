package io.github.policyc.load.internal;

import io.github.policyc.model.Location;
import java.util.List;

/** A YAML mapping, its entries in the order written. Keys are unique: the reader rejects duplicates. */
public record MappingNode(List<Entry> entries, Location at) implements Node {

    /** One key and its value. */
    public record Entry(String key, Location keyAt, Node value) {
    }

    public MappingNode {
        entries = List.copyOf(entries);
    }

    /** The entry for a key, or {@code null}. */
    public Entry get(String key) {
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
