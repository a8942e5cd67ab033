package io.github.policyc.load.internal;

import io.github.policyc.model.Location;

/** A YAML node that remembers where it was written. */
public sealed interface Node permits MappingNode, SequenceNode, ScalarNode {

    /** Where the node starts. */
    Location at();

    /** What the node is, for messages: "a mapping", "a list", "the text 'x'". */
    String describe();
}
