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
import io.github.policyc.publish.BuildInputs;
import io.github.policyc.publish.PublishException;
import io.github.policyc.publish.Site;
import io.github.policyc.publish.SitePublisher;
import io.github.policyc.render.BaseUrl;
import io.github.policyc.render.SiteRenderer;
import io.github.policyc.render.html.PageTemplates;
import io.github.policyc.render.html.UserTemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;

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
 * another is given. A whole set of policies, one directory each, builds with {@link #buildAll}.
 *
 * <p>Every build stamps the site's {@value SitePublisher#MARKER} file with the digest of its inputs (see
 * {@link BuildInputs}); {@link #buildIfChanged} and {@link #buildAllIfChanged} then skip a build whose inputs,
 * generator and parameters are all unchanged.
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
    private final String generator;
    private final int threads;

    private PolicyCompiler(Options options) {
        this.loader = Objects.requireNonNull(options.loader, "loader");
        this.checker = Objects.requireNonNull(options.checker, "checker");
        this.publisher = Objects.requireNonNull(options.publisher, "publisher");
        this.detector = Objects.requireNonNull(options.detector, "detector");
        this.baseUrl = options.baseUrl;
        this.templates = options.templates;
        this.cookies = Objects.requireNonNull(options.cookies, "cookies");
        this.generator = Objects.requireNonNull(options.generator, "generator");
        if (options.threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + options.threads);
        }
        this.threads = options.threads;
    }

    public static PolicyCompiler create() {
        Options options = new Options();
        options.loader = PolicyLoader.create();
        options.checker = Checker.create();
        options.publisher = new SitePublisher();
        options.detector = new PolicyDiff();
        options.cookies = CookieEvidence.NONE;
        options.generator = "policyc";
        options.threads = Runtime.getRuntime().availableProcessors();
        return new PolicyCompiler(options);
    }

    /** The settings of a compiler being made: a scratch copy, so that each {@code with…} names one setting. */
    private static final class Options {
        PolicyLoader loader;
        Checker checker;
        SitePublisher publisher;
        ChangeDetector detector;
        BaseUrl baseUrl;
        Path templates;
        CookieEvidence cookies;
        String generator;
        int threads;
    }

    /** A compiler like this one but for the one setting {@code change} makes. */
    private PolicyCompiler with(Consumer<Options> change) {
        Options options = new Options();
        options.loader = loader;
        options.checker = checker;
        options.publisher = publisher;
        options.detector = detector;
        options.baseUrl = baseUrl;
        options.templates = templates;
        options.cookies = cookies;
        options.generator = generator;
        options.threads = threads;
        change.accept(options);
        return new PolicyCompiler(options);
    }

    /** This compiler, loading with {@code loader}. */
    public PolicyCompiler withLoader(PolicyLoader loader) {
        return with(options -> options.loader = loader);
    }

    /** This compiler, checking with {@code checker}. */
    public PolicyCompiler withChecker(Checker checker) {
        return with(options -> options.checker = checker);
    }

    /** This compiler, publishing with {@code publisher}. */
    public PolicyCompiler withPublisher(SitePublisher publisher) {
        return with(options -> options.publisher = publisher);
    }

    /** This compiler, working out what changed between versions with {@code detector}. */
    public PolicyCompiler withChangeDetector(ChangeDetector detector) {
        return with(options -> options.detector = detector);
    }

    /**
     * This compiler, publishing sites at {@code baseUrl}: pages name their canonical address, and the feed
     * and the links to {@code policy.json} are absolute. {@code null} keeps every link relative.
     */
    public PolicyCompiler withBaseUrl(BaseUrl baseUrl) {
        return with(options -> options.baseUrl = baseUrl);
    }

    /**
     * This compiler, laying pages out with the templates in {@code directory} where it has one of the name,
     * and with policyc's own otherwise ({@link PageTemplates#overriding}). {@code null} uses policyc's only.
     * A mistake in the user's templates is a {@link ModelException} at the template's file, line and column.
     */
    public PolicyCompiler withTemplates(Path directory) {
        return with(options -> options.templates = directory);
    }

    /**
     * This compiler, with what is known about the site's cookies from outside the model. With an Open
     * Cookie Database, the current model's cookies that it knows get a missing provider, description and
     * duration {@link OpenCookieDatabase#enrich filled in} before anything else reads the model, so the
     * pages, {@code policy.json} and a released version all say the same; the checks compare the inventory
     * with the database (PC704) and with the HAR file's cookies (PC705, PC706).
     */
    public PolicyCompiler withCookieEvidence(CookieEvidence cookies) {
        return with(options -> options.cookies = cookies);
    }

    /** The checker, given the cookie evidence when this compiler has some, whichever checker it was given. */
    private Checker checker() {
        return CookieEvidence.NONE.equals(cookies) ? checker : checker.withOptions(checker.options().withCookies(cookies));
    }

    /** Loads the current model, with what the Open Cookie Database adds to its cookies. */
    private LoadedPolicy read(Path model) throws ModelException {
        LoadedPolicy policy = loader.read(model);
        return cookies.database() == null ? policy
                : new LoadedPolicy(cookies.database().enrich(policy.model()), policy.sources());
    }

    /**
     * This compiler, naming its generator {@code generator} in the inputs of every build, such as
     * {@code policyc-maven-plugin 0.1.0}: a site built by another version of policyc is never up to date.
     */
    public PolicyCompiler withGenerator(String generator) {
        return with(options -> options.generator = generator);
    }

    /**
     * This compiler, building up to {@code threads} policies of a {@linkplain #buildAll set} at once (the
     * default is one per processor); with more than one, a single policy's checks run beside its rendering.
     * Policies are independent, and each is written to its own directory, so the output is the same
     * whatever the number.
     */
    public PolicyCompiler withThreads(int threads) {
        return with(options -> options.threads = threads);
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
        // The checks run beside the history and the rendering; their failure still comes first, before a
        // mistake in the user's templates, as if they had run first.
        try (SideTask<CheckReport> checks = SideTask.start(() -> checked(model, policy), threads > 1)) {
            Timeline timeline = History.read(historyDirectory, loader).timeline(policy, detector);
            Site site;
            CheckReport report;
            try {
                site = render(timeline);
            } finally {
                report = checks.join();
            }
            BuildInputs inputs = inputsOf(new BuildInputs(output, context("policy")), model, policy, historyDirectory);
            publisher.publish(site, output, inputs.stamp());
            return new Build(site, timeline, report);
        }
    }

    /**
     * {@link #build(Path, Path, Path) Builds} the site unless {@code outputDirectory} holds a site built
     * from the same inputs: the model and every file it includes, the source map beside it, the history
     * directory's files, the base URL, the user's templates and the {@linkplain #withGenerator generator}.
     * An unchanged second build then reads only those files, and loads, checks and writes nothing. With
     * {@linkplain #withCookieEvidence cookie evidence} it always builds: the evidence's files are the
     * caller's, so this compiler cannot tell whether they changed.
     *
     * @return the build, or nothing when the site was up to date
     */
    public Optional<Build> buildIfChanged(Path model, Path historyDirectory, Path outputDirectory)
            throws ModelException, CheckException, PublishException, IOException {
        if (CookieEvidence.NONE.equals(cookies) && BuildInputs.upToDate(outputDirectory, context("policy"))) {
            return Optional.empty();
        }
        return Optional.of(build(model, historyDirectory, outputDirectory));
    }

    /**
     * Builds a set of policies into one site: every {@code <name>/policy.yaml} in {@code modelsDirectory}
     * (with its history in {@code <name>/history}) is built into {@code <name>/} of {@code outputDirectory},
     * as {@link #build(Path, Path, Path)} builds one. A company with many brands runs one build.
     *
     * <p>All or nothing: when any model has problems or its checks find errors, the problems of every
     * model are reported together and nothing is written. Policies are built {@linkplain #withThreads in
     * parallel} and written as they are rendered, so the set never has to fit in memory at once.
     *
     * @return the names of the policies built, in order, the number of files written and the findings
     * @throws ModelException   when models have problems, or the directory holds no policy
     * @throws CheckException   when the checks of any model find errors
     * @throws PublishException when the output directory cannot be used
     * @throws IOException      when reading a directory or writing fails
     */
    public SetBuild buildAll(Path modelsDirectory, Path outputDirectory)
            throws ModelException, CheckException, PublishException, IOException {
        Path models = modelsDirectory.toAbsolutePath().normalize();
        Path output = outputDirectory.toAbsolutePath().normalize();
        if (models.startsWith(output)) {
            throw new PublishException("the output directory " + output + " contains the models' directory "
                    + models + "; publishing would replace the models. Choose another output directory");
        }
        List<String> names = policyNames(models);
        BuildInputs inputs = new BuildInputs(output, context("set")).directory(models);
        // A policy.yaml added to a directory that had none adds a policy: watch every directory's.
        List<Path> directories = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(models, Files::isDirectory)) {
            entries.forEach(directories::add);
        }
        directories.stream().sorted().forEach(entry -> inputs.file(entry.resolve(POLICY_FILE)));
        try (SitePublisher.Staging staging = publisher.stage(output)) {
            List<Member> members = inParallel(names, models, staging);
            List<Problem> problems = new ArrayList<>();
            List<io.github.policyc.check.Finding> findings = new ArrayList<>();
            int files = 0;
            for (int i = 0; i < names.size(); i++) {
                Member member = members.get(i);
                if (member.failure() instanceof IOException e) {
                    throw e;
                }
                if (member.failure() instanceof ModelException e) {
                    problems.addAll(e.problems());
                }
                if (member.report() != null) {
                    findings.addAll(member.report().findings());
                }
                files += member.files();
                Path model = models.resolve(names.get(i)).resolve(POLICY_FILE);
                if (member.policy() != null) {
                    inputsOf(inputs, model, member.policy(), History.besideModel(model));
                }
            }
            if (!problems.isEmpty()) {
                throw new ModelException(problems);
            }
            CheckReport report = new CheckReport(findings);
            if (report.failsAt(Severity.ERROR)) {
                throw new CheckException(report, Severity.ERROR);
            }
            staging.commit(inputs.stamp());
            return new SetBuild(names, files, report);
        }
    }

    /**
     * {@link #buildAll Builds} the set of policies unless {@code outputDirectory} holds a set built from the
     * same inputs (see {@link #buildIfChanged}; adding or removing a policy is a change too).
     *
     * @return the build, or nothing when the site was up to date
     */
    public Optional<SetBuild> buildAllIfChanged(Path modelsDirectory, Path outputDirectory)
            throws ModelException, CheckException, PublishException, IOException {
        if (CookieEvidence.NONE.equals(cookies) && BuildInputs.upToDate(outputDirectory, context("set"))) {
            return Optional.empty();
        }
        return Optional.of(buildAll(modelsDirectory, outputDirectory));
    }

    /** The model file of each policy in a set. */
    public static final String POLICY_FILE = "policy.yaml";

    /** The names of the policies in a set: the directories holding a {@value #POLICY_FILE}, in name order. */
    private List<String> policyNames(Path models) throws ModelException, IOException {
        if (!Files.isDirectory(models)) {
            throw new ModelException(List.of(new Problem(Location.startOf(loader.display(models)),
                    "the models directory does not exist; it holds one directory per policy, each with a "
                            + POLICY_FILE)));
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(models)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(entry.resolve(POLICY_FILE))) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty()) {
            throw new ModelException(List.of(new Problem(Location.startOf(loader.display(models)),
                    "no policy found: a set of policies is one directory per policy, each with a " + POLICY_FILE)));
        }
        names.sort(null);
        return names;
    }

    /** What building one policy of a set gave: its model, findings and files, or why it failed. */
    private record Member(LoadedPolicy policy, CheckReport report, int files, Exception failure) {
    }

    /** Builds each policy of a set; once one fails, the others are still loaded and checked, but not written. */
    private List<Member> inParallel(List<String> names, Path models, SitePublisher.Staging staging) throws IOException {
        AtomicBoolean failed = new AtomicBoolean();
        Member[] members = new Member[names.size()];
        Runnable all = () -> IntStream.range(0, names.size()).parallel()
                .forEach(i -> members[i] = member(models.resolve(names.get(i)), names.get(i) + "/", staging, failed));
        if (threads == 1) {
            all.run();
        } else {
            // A pool of our own: the parallel stream then uses its threads, not the shared common pool's.
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(all).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while building the policies", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return List.of(members);
    }

    private Member member(Path directory, String prefix, SitePublisher.Staging staging, AtomicBoolean failed) {
        Path model = directory.resolve(POLICY_FILE);
        LoadedPolicy policy = null;
        try {
            policy = read(model);
            Timeline timeline = History.read(History.besideModel(model), loader).timeline(policy, detector);
            CheckReport report = check(model, policy);
            if (report.failsAt(Severity.ERROR)) {
                failed.set(true);
            }
            if (failed.get()) {
                return new Member(policy, report, 0, null);
            }
            Site site = render(timeline);
            staging.write(prefix, site);
            return new Member(policy, report, site.files().size(), null);
        } catch (ModelException e) {
            failed.set(true);
            return new Member(policy, null, 0, e);
        } catch (IOException e) {
            failed.set(true);
            return new Member(policy, null, 0, e);
        } catch (UncheckedIOException e) {
            failed.set(true);
            return new Member(policy, null, 0, e.getCause());
        }
    }

    /** What else than its input files a build's output depends on. */
    private String context(String kind) {
        return "policyc " + kind + " build\ngenerator " + generator + "\nbaseUrl "
                + (baseUrl == null ? "" : baseUrl.value()) + "\ntemplates " + (templates == null ? "" : templates) + "\n";
    }

    /** Adds what the site of {@code model} was built from: every file loaded, its source map and its history. */
    private BuildInputs inputsOf(BuildInputs inputs, Path model, LoadedPolicy policy, Path historyDirectory) {
        inputs.file(model);
        // The sources' map has no order of its own; sorted, the stamp is the same on every run.
        policy.sources().keySet().stream().sorted().forEach(shown -> inputs.file(loader.file(shown)));
        Path directory = model.toAbsolutePath().normalize().getParent();
        if (directory != null) {
            inputs.file(directory.resolve(SourceMap.FILE_NAME));
        }
        if (templates != null) {
            inputs.directory(templates);
        }
        return inputs.directory(historyDirectory);
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
     * What a build of a set of policies produced.
     *
     * @param policies the names of the policies, each published in the directory of its name
     * @param files    how many files were written, the marker aside
     * @param report   the findings of the checks of every policy, none of them an error
     */
    public record SetBuild(List<String> policies, int files, CheckReport report) {

        public SetBuild {
            policies = List.copyOf(policies);
        }
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
