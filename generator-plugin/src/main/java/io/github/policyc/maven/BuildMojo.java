package io.github.policyc.maven;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.CheckException;
import io.github.policyc.check.RuleFailedException;
import io.github.policyc.history.PolicyVersion;
import io.github.policyc.history.Timeline;
import io.github.policyc.load.ModelException;
import io.github.policyc.publish.PublishException;
import io.github.policyc.render.BaseUrl;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the policy model into its site: the privacy policy, the cookie policy and {@code policy.json}
 * of every version (the released ones in the history directory, and the current model), the list of
 * versions, the change log and a JSON Feed of versions.
 *
 * <p>The model and the history are loaded and the model is checked first: when either has problems, or
 * the checks find errors, each is reported as {@code file:line:column: …}, the build fails and nothing is
 * written. A released version edited after its release, or a model that claims a released version with
 * other content, is such a problem.
 *
 * <p>With {@code models}, a whole set of policies is built: every {@code <name>/policy.yaml} in that
 * directory into {@code <name>/} of the output directory.
 *
 * <p>A build whose inputs are unchanged since the last one (the model and its includes, the history, the
 * base URL and this plugin's version) is skipped: the site's {@code .policyc} marker keeps their digest.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = false)
public class BuildMojo extends AbstractPolicycMojo {

    /**
     * The directory the site is written to: {@code privacy-policy.html}, {@code cookie-policy.html} and
     * {@code policy.json} of the version in force, {@code versions/} with every version's, the change log
     * {@code changes.html} and {@code changes.json}, the feed {@code feed.json} and {@code assets/}.
     *
     * <p>The directory is replaced as a whole on every build, so it must belong to policyc: a directory
     * that policyc wrote holds a {@code .policyc} marker file, and a non-empty directory without one is
     * never replaced. Without a project the default is {@code target/policy} in the current directory.
     */
    @Parameter(property = "policyc.outputDirectory", defaultValue = "${project.build.directory}/policy")
    private File outputDirectory;

    /**
     * The directory of released versions, as {@code policyc:release} writes them. The default is
     * {@code history} beside the model; without it, or while it is empty, the site has one version.
     */
    @Parameter(property = "policyc.historyDirectory")
    private File historyDirectory;

    /**
     * The address the site is published at, such as {@code https://example.com/privacy/}. With it, every
     * page names its canonical address, and the feed and the links to {@code policy.json} are absolute.
     * Without it, every link is relative.
     */
    @Parameter(property = "policyc.baseUrl")
    private String baseUrl;

    /**
     * A directory of FreeMarker templates that replace policyc's by name: {@code layout.ftlh},
     * {@code privacy-policy.ftlh}, {@code cookie-policy.ftlh}, {@code versions.ftlh}, {@code changes.ftlh} and
     * any template they include; the others stay policyc's. They are locked down as policyc's are (they read
     * the view records only, everything is escaped), and a mistake in one fails the build at its file, line
     * and column. See {@code docs/templates.md}. Without it, policyc's templates lay every page out.
     */
    @Parameter(property = "policyc.templates")
    private File templates;

    /**
     * A directory of policies to build as a set instead of the one {@code model}: each directory in it that
     * holds a {@code policy.yaml} (and maybe {@code history/}) is built into the directory of the same name
     * in {@code outputDirectory}. All of them are checked before anything is written.
     */
    @Parameter(property = "policyc.models")
    private File models;

    /** Builds even when the site is up to date with its inputs. */
    @Parameter(property = "policyc.force", defaultValue = "false")
    private boolean force;

    /** This plugin, whose version is one of the inputs of every build. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping policyc:build (policyc.skip)");
            return;
        }
        BuildPaths paths = paths();
        Path output = paths.outputDirectory(outputDirectory);
        Path modelFile = paths.model(model);
        Path history = paths.historyDirectory(historyDirectory, modelFile);
        try {
            PolicyCompiler compiler = compiler(paths, cookieDatabase, har).withBaseUrl(baseUrl()).withGenerator(generator())
                    .withTemplates(templates == null ? null : paths.file(templates, null));
            if (models != null) {
                buildSet(compiler, paths, paths.file(models, "models"), output);
                return;
            }
            Optional<PolicyCompiler.Build> built = force ? Optional.of(compiler.build(modelFile, history, output))
                    : compiler.buildIfChanged(modelFile, history, output);
            if (built.isEmpty()) {
                getLog().info(upToDate(paths, output));
                return;
            }
            PolicyCompiler.Build build = built.get();
            log(build.report());
            getLog().info("Wrote " + build.site().files().size() + " files to " + paths.display(output));
            getLog().info(published(build.timeline(), paths.display(history)));
        } catch (ModelException e) {
            throw invalid(e);
        } catch (CheckException e) {
            log(e.report());
            throw new MojoFailureException("The policy's checks found errors (" + e.report().summary()
                    + "); nothing was written.");
        } catch (RuleFailedException e) {
            throw ruleFailed(e);
        } catch (PublishException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the policy to " + output + ": " + e.getMessage(), e);
        }
    }

    private void buildSet(PolicyCompiler compiler, BuildPaths paths, Path directory, Path output)
            throws ModelException, CheckException, PublishException, IOException {
        Optional<PolicyCompiler.SetBuild> built = force ? Optional.of(compiler.buildAll(directory, output))
                : compiler.buildAllIfChanged(directory, output);
        if (built.isEmpty()) {
            getLog().info(upToDate(paths, output));
            return;
        }
        PolicyCompiler.SetBuild build = built.get();
        log(build.report());
        int count = build.policies().size();
        getLog().info("Wrote " + build.files() + " files of " + count + (count == 1 ? " policy" : " policies")
                + " to " + paths.display(output));
    }

    private static String upToDate(BuildPaths paths, Path output) {
        return paths.display(output) + " is up to date: its inputs have not changed since it was built"
                + " (-Dpolicyc.force builds it anyway)";
    }

    /**
     * The plugin's version. A snapshot's code changes under the same version, so a snapshot also names the
     * size and time of the jars that hold this goal and the compiler: rebuilding policyc rebuilds sites.
     */
    private String generator() {
        String version = plugin == null ? "unknown" : plugin.getVersion();
        if (version == null || version.endsWith("-SNAPSHOT") || version.equals("unknown")) {
            version += " " + fingerprint(BuildMojo.class) + " " + fingerprint(PolicyCompiler.class);
        }
        return "policyc-maven-plugin " + version;
    }

    private static String fingerprint(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar) ? Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis()
                    : "classes@" + System.nanoTime(); // classes straight from a directory: always stale
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown@" + System.nanoTime();
        }
    }

    private BaseUrl baseUrl() throws MojoFailureException {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        try {
            return BaseUrl.parse(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("policyc.baseUrl: " + e.getMessage());
        }
    }

    /** "Published versions 2024.03 and 2024.06; 2024.06 is not released yet (…)", so users learn to release. */
    private static String published(Timeline timeline, String history) {
        List<String> names = timeline.versions().stream().map(PolicyVersion::version).toList();
        String list = names.size() == 1 ? "version " + names.get(0)
                : "versions " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                        + names.get(names.size() - 1);
        PolicyVersion current = timeline.current();
        if (current.released()) {
            return "Published " + list;
        }
        String release = " not released yet (policyc:release freezes it in " + history + ")";
        return names.size() == 1 ? "Published " + list + "," + release
                : "Published " + list + "; " + current.version() + " is" + release;
    }
}
