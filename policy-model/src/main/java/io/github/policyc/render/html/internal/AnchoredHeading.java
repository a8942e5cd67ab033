package io.github.policyc.render.html.internal;

import org.commonmark.node.CustomBlock;

/** A heading with an id, so that prose and tables of contents can link to it. */
public final class AnchoredHeading extends CustomBlock {

    private final int level;
    private final String id;

    public AnchoredHeading(int level, String id) {
        this.level = level;
        this.id = id;
    }

    public int level() {
        return level;
    }

    public String id() {
        return id;
    }
}
