package io.github.policyc;

import io.github.policyc.cookies.CookieEvidence;
import io.github.policyc.cookies.OpenCookieDatabase;

import io.github.policyc.check.CheckException;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.check.Severity;
import io.github.policyc.diff.ChangeDetector;
import io.github.policyc.diff.PolicyDiff;
import io.github.policyc.history.History;
import io.github.policyc.history.PolicyVersion;
import io.github.policyc.history.Timeline;
import io.github.policyc.importer.SourceMap;
import io.github.policyc.importer.SourceMapper;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.load.Problem;
import io.github.policyc.model.Location;
import io.github.policyc.publish.OutputDirectoryCheck;
import io.github.policyc.publish.PublishException;
import io.github.policyc.publish.Site;
import io.github.policyc.publish.SitePublisher;
import io.github.policyc.render.BaseUrl;
import io.github.policyc.render.SiteRenderer;
import io.github.policyc.render.html.PageTemplates;
import io.github.policyc.render.html.UserTemplateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole pipeline in one call: load the model, check it, render the site of every version and
 * publish it; or freeze the current version in the history. This is what the Maven plugin calls; each
 * stage is also usable on its own ({@link PolicyLoader}, {@link History}, {@link SiteRenderer},
 * {@link SitePublisher}).
 *
 * <pre>{@code
 * PolicyCompiler.create().build(Path.of("src/policy/policy.yaml"), Path.of("target/policy"));
 * }</pre>
 *
 * <p>Released versions are read from the {@value History#DIRECTORY} directory beside the model unless
 * another is given.
 *
 * @since 0.1.0
 */
public final class PolicyCompiler {

    private final PolicyLoader loader;
    private final Checker checker;
    private final SitePublisher publisher;
    private final ChangeDetector detector;
    private final BaseUrl baseUrl;
    private final Path templates;
    private final CookieEvidence cookies;

    private PolicyCompiler(PolicyLoader loader, Checker checker, SitePublisher publisher, ChangeDetector detector,
                           BaseUrl baseUrl, Path templates, CookieEvidence cookies) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.baseUrl = baseUrl;
        this.templates = templates;
        this.cookies = Objects.requireNonNull(cookies, "cookies");
    }

    public static PolicyCompiler create() {
        return new PolicyCompiler(PolicyLoader.create(), Checker.create(), new SitePublisher(), new PolicyDiff(), null,
                null, CookieEvidence.NONE);
    }

    /** This compiler, loading with {@code loader}. */
    public PolicyCompiler withLoader(PolicyLoader loader) {
        return new PolicyCompiler(loader, checker, publisher, detector, baseUrl, templates, cookies);
    }

    /** This compiler, checking with {@code checker}. */
    public PolicyCompiler withChecker(Checker checker) {
        return new PolicyCompiler(loader, checker, publisher, detector, baseUrl, templates, cookies);
    }

    /** This compiler, publishing with {@code publisher}. */
    public PolicyCompiler withPublisher(SitePublisher publisher) {
        return new PolicyCompiler(loader, checker, publisher, detector, baseUrl, templates, cookies);
    }

    /** This compiler, working out what changed between versions with {@code detector}. */
    public PolicyCompiler withChangeDetector(ChangeDetector detector) {
        return new PolicyCompiler(loader, checker, publisher, detector, baseUrl, templates, cookies);
    }

    /**
     * This compiler, publishing sites at {@code baseUrl}: pages name their canonical address, and the feed
     * and the links to {@code policy.json} are absolute. {@code null} keeps every link relative.
     */
    public PolicyCompiler withBaseUrl(BaseUrl baseUrl) {
        return new PolicyCompiler(loader, checker, publisher, detector, baseUrl, templates, cookies);
    }

    /**
     * This compiler, laying pages out with the templates in {@code directory} where it has one of the name,
     * and with policyc's own otherwise ({@link PageTemplates#overriding}). {@code null} uses policyc's only.
     * A mistake in the user's templates is a {@link ModelException} at the template's file, line and column.
     */
    public PolicyCompiler withTemplates(Path directory) {
        return new PolicyCompiler(loader, checker, publisher, detector, baseUrl, directory, cookies);
    }

    /**
     * This compiler, with what is known about the site's cookies from outside the model. With an Open
     * Cookie Database, the current model's cookies that it knows get a missing provider, description and
     * duration {@link OpenCookieDatabase#enrich filled in} before anything else reads the model, so the
     * pages, {@code policy.json} and a released version all say the same; the checks compare the inventory
     * with the database (PC704) and with the HAR file's cookies (PC705, PC706).
     */
    public PolicyCompiler withCookieEvidence(CookieEvidence cookies) {
        return new PolicyCompiler(loader, checker, publisher, detector, baseUrl, templates, cookies);
    }

    /** The checker, given the cookie evidence when this compiler has some, whichever checker it was given. */
    private Checker checker() {
        return cookies == CookieEvidence.NONE ? checker : checker.withOptions(checker.options().withCookies(cookies));
    }

    /** Loads the current model, with what the Open Cookie Database adds to its cookies. */
    private LoadedPolicy read(Path model) throws ModelException {
        LoadedPolicy policy = loader.read(model);
        return cookies.database() == null ? policy
                : new LoadedPolicy(cookies.database().enrich(policy.model()), policy.sources());
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
        LoadedPolicy policy = read(model);
        return check(model, policy);
    }

    /** Runs the checks, with findings moved to the original document when the model was imported. */
    private CheckReport check(Path model, LoadedPolicy policy) throws ModelException {
        CheckReport report = checker().check(policy);
        Optional<SourceMapper> original = SourceMapper.besideModel(model, policy, loader::display);
        return original.isPresent() ? original.get().apply(report) : report;
    }

    /** Loads a model and its history and renders the site of every version, checking nothing and writing nothing. */
    public Site compile(Path model) throws ModelException {
        return compile(model, History.besideModel(model));
    }

    /** Loads a model and the history in {@code historyDirectory} and renders the site, writing nothing. */
    public Site compile(Path model, Path historyDirectory) throws ModelException {
        Timeline timeline = History.read(historyDirectory, loader).timeline(read(model), detector);
        return render(timeline);
    }

    /** The site of the timeline, with the user's templates: their mistakes are problems like the model's. */
    private Site render(Timeline timeline) throws ModelException {
        try {
            return SiteRenderer.render(timeline, baseUrl, templates());
        } catch (UserTemplateException e) {
            throw new ModelException(List.of(e.problem()));
        }
    }

    private PageTemplates templates() throws ModelException {
        if (templates == null) {
            return PageTemplates.builtIn();
        }
        try {
            return PageTemplates.overriding(templates, loader::display);
        } catch (IllegalArgumentException e) {
            throw new ModelException(List.of(new Problem(Location.startOf(loader.display(templates)), e.getMessage())));
        }
    }

    /**
     * {@link #build(Path, Path, Path) Builds} the site with the history beside the model.
     */
    public Build build(Path model, Path outputDirectory)
            throws ModelException, CheckException, PublishException, IOException {
        return build(model, History.besideModel(model), outputDirectory);
    }

    /**
     * Loads a model and its released versions, checks the model, renders the site of every version and
     * replaces {@code outputDirectory} with it. When the model or the history has problems, or the checks
     * find errors, nothing is written and the directory keeps its previous content. The checks run on the
     * current model only: released versions are published as they were released.
     *
     * @param historyDirectory the released versions, {@code <version>.json} each
     * @return the site that was published, its versions and the findings of the checks
     * @throws ModelException   when the model has problems, or the history does: a released version was
     *                          edited, or the model claims a released version with other content; or
     *                          when the user's templates have a mistake
     * @throws CheckException   when the checks find errors
     * @throws PublishException when the output directory cannot be used: it is, or contains, the model's
     *                          directory, the history or an included file, or lies inside the history, or
     *                          holds files policyc did not write
     * @throws IOException      when writing fails
     */
    public Build build(Path model, Path historyDirectory, Path outputDirectory)
            throws ModelException, CheckException, PublishException, IOException {
        Path output = outputDirectory.toAbsolutePath().normalize();
        Path modelDirectory = model.toAbsolutePath().normalize().getParent();
        OutputDirectoryCheck outputCheck = new OutputDirectoryCheck(loader::display);
        outputCheck.checkAgainstSources(output, modelDirectory, historyDirectory);
        LoadedPolicy policy = read(model);
        outputCheck.checkAgainstInputs(output, policy.sources().keySet().stream().map(loader::file).toList());
        Timeline timeline = History.read(historyDirectory, loader).timeline(policy, detector);
        CheckReport report = checked(model, policy);
        Site site = render(timeline);
        publisher.publish(site, output);
        return new Build(site, timeline, report);
    }

    /** {@link #release(Path, Path) Releases} the current version into the history beside the model. */
    public Release release(Path model) throws ModelException, CheckException, IOException {
        return release(model, History.besideModel(model));
    }

    /**
     * Freezes the model's version as {@code <version>.json} in {@code historyDirectory}: exactly the
     * {@code policy.json} it publishes, with its content hash. The model is loaded and checked first, and
     * nothing is written when it has problems or its checks find errors. Releasing a version again with
     * the same content writes nothing; with other content it is an error (bump the version).
     *
     * @return the version and its file, and whether it was written now
     * @throws ModelException when the model or the history has problems, or the version is released already
     *                        with other content
     * @throws CheckException when the checks find errors
     * @throws IOException    when writing fails; the history is then unchanged
     */
    public Release release(Path model, Path historyDirectory) throws ModelException, CheckException, IOException {
        LoadedPolicy policy = read(model);
        History history = History.read(historyDirectory, loader);
        PolicyVersion current = history.timeline(policy, detector).current();
        CheckReport report = checked(model, policy);
        if (current.released()) {
            return new Release(current, history.file(current.version()), false, report);
        }
        return new Release(current, history.write(current), true, report);
    }

    /** The findings of the checks, or a {@link CheckException} when one of them is an error. */
    private CheckReport checked(Path model, LoadedPolicy policy) throws ModelException, CheckException {
        CheckReport report = check(model, policy);
        if (report.failsAt(Severity.ERROR)) {
            throw new CheckException(report, Severity.ERROR);
        }
        return report;
    }

    /**
     * What a build produced.
     *
     * @param site     the published site
     * @param timeline the versions it publishes
     * @param report   the findings of the checks, none of them an error
     */
    public record Build(Site site, Timeline timeline, CheckReport report) {
    }

    /**
     * What a release did.
     *
     * @param version the version released
     * @param file    its file in the history
     * @param written whether it was written now; {@code false} when it was released before with the same content
     * @param report  the findings of the checks, none of them an error
     */
    public record Release(PolicyVersion version, Path file, boolean written, CheckReport report) {
    }
}
