package io.github.policyc.render;

import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.Site;
import io.github.policyc.render.html.HtmlPages;
import io.github.policyc.render.json.JsonExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders every file of a model's site: {@code privacy-policy.html}, {@code cookie-policy.html},
 * {@code policy.json} and the stylesheet the pages share. Rendering is pure: the same model gives
 * byte-identical files.
 *
 * @since 0.1.0
 */
public final class SiteRenderer {

    private static final String STYLESHEET = "assets/policyc.css";

    private SiteRenderer() {
    }

    public static Site render(PolicyModel model) {
        return Site.builder()
                .add("privacy-policy.html", HtmlPages.privacyPolicy(model))
                .add("cookie-policy.html", HtmlPages.cookiePolicy(model))
                .add("policy.json", JsonExporter.write(model))
                .add(STYLESHEET, resource("html/" + STYLESHEET))
                .build();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
