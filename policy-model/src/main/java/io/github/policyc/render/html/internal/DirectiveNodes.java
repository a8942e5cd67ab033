package io.github.policyc.render.html.internal;

import io.github.policyc.model.Directive;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;

/** The nodes that stand for directives in a parsed Markdown document. */
public final class DirectiveNodes {

    private DirectiveNodes() {
    }

    /** A block directive: a paragraph that held only {@code {{table purposes}}} or the like. */
    public static final class Block extends CustomBlock {
        private final Directive directive;

        public Block(Directive directive) {
            this.directive = directive;
        }

        public Directive directive() {
            return directive;
        }
    }

    /** An inline directive inside a sentence, such as {@code {{contact dpo}}}. */
    public static final class Inline extends CustomNode {
        private final Directive directive;

        public Inline(Directive directive) {
            this.directive = directive;
        }

        public Directive directive() {
            return directive;
        }
    }
}
