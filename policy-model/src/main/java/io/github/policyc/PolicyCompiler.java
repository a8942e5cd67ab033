package io.github.policyc;

import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.PublishException;
import io.github.policyc.publish.Site;
import io.github.policyc.publish.SitePublisher;
import io.github.policyc.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The whole pipeline in one call: load the model, render its site and publish it. This is what the
 * Maven plugin calls; each stage is also usable on its own ({@link PolicyLoader}, {@link SiteRenderer},
 * {@link SitePublisher}).
 *
 * <pre>{@code
 * PolicyCompiler.create().build(Path.of("src/policy/policy.yaml"), Path.of("target/policy"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyCompiler {

    private final PolicyLoader loader;
    private final SitePublisher publisher;

    private PolicyCompiler(PolicyLoader loader, SitePublisher publisher) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    public static PolicyCompiler create() {
        return new PolicyCompiler(PolicyLoader.create(), new SitePublisher());
    }

    /** This compiler, loading with {@code loader}. */
    public PolicyCompiler withLoader(PolicyLoader loader) {
        return new PolicyCompiler(loader, publisher);
    }

    /** This compiler, publishing with {@code publisher}. */
    public PolicyCompiler withPublisher(SitePublisher publisher) {
        return new PolicyCompiler(loader, publisher);
    }

    /** Loads and renders a model, writing nothing. */
    public Site compile(Path model) throws ModelException {
        PolicyModel loaded = loader.load(model);
        return SiteRenderer.render(loaded);
    }

    /**
     * Loads and renders a model, then replaces {@code outputDirectory} with the site. When the model
     * has problems nothing is written and the directory keeps its previous content.
     *
     * @return the site that was published
     * @throws ModelException   when the model has problems
     * @throws PublishException when the output directory cannot be used
     * @throws IOException      when writing fails
     */
    public Site build(Path model, Path outputDirectory) throws ModelException, PublishException, IOException {
        Path modelDirectory = model.toAbsolutePath().normalize().getParent();
        Path output = outputDirectory.toAbsolutePath().normalize();
        if (modelDirectory != null && modelDirectory.startsWith(output)) {
            throw new PublishException("the output directory " + output + " contains the model's directory "
                    + modelDirectory + "; publishing would replace the model. Choose another output directory");
        }
        Site site = compile(model);
        publisher.publish(site, output);
        return site;
    }
}
