package io.github.policyc.render.html;

import java.util.Objects;

/**
 * A link a page shows: where it leads and its text.
 *
 * @param href  the target, relative to the page or absolute
 * @param label the link's text
 * @since 0.1.0
 */
public record Link(String href, String label) {

    public Link {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(label, "label");
    }
}
