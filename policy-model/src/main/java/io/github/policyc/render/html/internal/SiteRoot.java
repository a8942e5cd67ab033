package io.github.policyc.render.html.internal;

import java.util.Objects;

/**
 * The way from a page back to the site's root, which relative links in the authors' prose start from, and
 * whether any link written for the page needed it: HTML that needed none is the same wherever the page lies,
 * so the version in force's pages render their bodies once for the root and for their version's directory.
 */
public final class SiteRoot {

    private final String path;
    private boolean used;

    /** @param path the link from the page to the site's root, such as {@code ../../}; empty at the root */
    public SiteRoot(String path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The link from the page to the site's root. */
    public String path() {
        return path;
    }

    /**
     * The link from the page to {@code url}, a relative link from the site's root.
     *
     * @param pathFromRoot {@code url} without a leading {@code ./}
     */
    String link(String url, String pathFromRoot) {
        used = true;
        return path.isEmpty() ? url : path + pathFromRoot;
    }

    /** Whether a link was written relative to the root, and so would read otherwise on a page elsewhere. */
    public boolean used() {
        return used;
    }
}
