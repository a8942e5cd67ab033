package io.github.policyc.load.internal;

import io.github.policyc.model.Location;
import java.util.List;

/** A YAML sequence. */
public record SequenceNode(List<Node> items, Location at) implements Node {

    public SequenceNode {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
