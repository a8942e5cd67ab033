package io.github.policyc;

import io.github.policyc.check.CheckException;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.check.Severity;
import io.github.policyc.importer.SourceMap;
import io.github.policyc.importer.SourceMapper;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.publish.PublishException;
import io.github.policyc.publish.Site;
import io.github.policyc.publish.SitePublisher;
import io.github.policyc.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

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
    private final Checker checker;
    private final SitePublisher publisher;

    private PolicyCompiler(PolicyLoader loader, Checker checker, SitePublisher publisher) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    public static PolicyCompiler create() {
        return new PolicyCompiler(PolicyLoader.create(), Checker.create(), new SitePublisher());
    }

    /** This compiler, loading with {@code loader}. */
    public PolicyCompiler withLoader(PolicyLoader loader) {
        return new PolicyCompiler(loader, checker, publisher);
    }

    /** This compiler, checking with {@code checker}. */
    public PolicyCompiler withChecker(Checker checker) {
        return new PolicyCompiler(loader, checker, publisher);
    }

    /** This compiler, publishing with {@code publisher}. */
    public PolicyCompiler withPublisher(SitePublisher publisher) {
        return new PolicyCompiler(loader, checker, publisher);
    }

    /**
     * Loads a model and runs every check on it, writing nothing.
     *
     * <p>When the model was imported from a published policy (a {@value SourceMap#FILE_NAME} lies beside
     * it), findings in the imported text point at the lines of the original document.
     *
     * @throws ModelException when the model, or the source map beside it, has problems
     */
    public CheckReport check(Path model) throws ModelException {
        LoadedPolicy policy = loader.read(model);
        return check(model, policy);
    }

    /** Runs the checks, with findings moved to the original document when the model was imported. */
    private CheckReport check(Path model, LoadedPolicy policy) throws ModelException {
        CheckReport report = checker.check(policy);
        Optional<SourceMapper> original = SourceMapper.besideModel(model, policy, loader::display);
        return original.isPresent() ? original.get().apply(report) : report;
    }

    /** Loads and renders a model, writing nothing. */
    public Site compile(Path model) throws ModelException {
        return SiteRenderer.render(loader.load(model));
    }

    /**
     * Loads a model, checks it, renders it and replaces {@code outputDirectory} with the site. When the
     * model has problems, or its checks find errors, nothing is written and the directory keeps its
     * previous content.
     *
     * @return the site that was published and the findings of its checks
     * @throws ModelException   when the model has problems
     * @throws CheckException   when the checks find errors
     * @throws PublishException when the output directory cannot be used
     * @throws IOException      when writing fails
     */
    public Build build(Path model, Path outputDirectory)
            throws ModelException, CheckException, PublishException, IOException {
        Path modelDirectory = model.toAbsolutePath().normalize().getParent();
        Path output = outputDirectory.toAbsolutePath().normalize();
        if (modelDirectory != null && modelDirectory.startsWith(output)) {
            throw new PublishException("the output directory " + output + " contains the model's directory "
                    + modelDirectory + "; publishing would replace the model. Choose another output directory");
        }
        LoadedPolicy policy = loader.read(model);
        CheckReport report = check(model, policy);
        if (report.failsAt(Severity.ERROR)) {
            throw new CheckException(report, Severity.ERROR);
        }
        Site site = SiteRenderer.render(policy.model());
        publisher.publish(site, output);
        return new Build(site, report);
    }

    /**
     * What a build produced.
     *
     * @param site   the published site
     * @param report the findings of the checks, none of them an error
     */
    public record Build(Site site, CheckReport report) {
    }
}
