package io.github.policyc.browser;

import io.github.policyc.PolicyCompiler;
import java.nio.file.Path;
import java.util.List;

/**
 * The example site of {@code site-src}, built through {@link PolicyCompiler} into
 * {@code target/example-site} once per test run: the browser tests do not depend on the order in which
 * the reactor builds {@code site-src}, and they test exactly what the plugin publishes.
 *
 * @param root  the site's root directory
 * @param pages every HTML page of the site, as paths relative to the root ({@code versions/index.html}), in
 *              path order: whatever pages the renderer adds are tested without changing the tests
 */
record ExampleSite(Path root, List<String> pages) {

    /** Tests run with {@code browser-tests/} as the working directory, as Surefire and Failsafe set it. */
    static final Path MODEL = Path.of("../site-src/src/policy/policy.yaml");

    static final Path OUTPUT = Path.of("target/example-site");

    private static ExampleSite built;

    ExampleSite {
        pages = List.copyOf(pages);
    }

    /** The example site, built on first use. */
    static synchronized ExampleSite get() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static ExampleSite build() {
        try {
            PolicyCompiler.Build build = PolicyCompiler.create().build(MODEL, OUTPUT);
            List<String> pages = build.site().files().keySet().stream().filter(path -> path.endsWith(".html")).toList();
            return new ExampleSite(OUTPUT.toAbsolutePath(), pages);
        } catch (Exception e) {
            throw new IllegalStateException("the example site " + MODEL + " does not build: " + e.getMessage(), e);
        }
    }

    /** The file of a page, or of any other file of the site. */
    Path file(String path) {
        return root.resolve(path);
    }
}
