package io.github.policyc.maven;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.publish.PublishException;
import io.github.policyc.publish.Site;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the policy model into the privacy policy, the cookie policy and {@code policy.json}.
 *
 * <p>The model is checked as a whole first: when it has problems, each is reported as
 * {@code file:line:column: message}, the build fails and nothing is written.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = false)
public class BuildMojo extends AbstractMojo {

    /**
     * The policy model: a YAML file. Markdown files that it includes are found relative to it.
     *
     * <p>Without a project, a relative path is taken from the current directory, and the default is
     * {@code src/policy/policy.yaml} there.
     */
    @Parameter(property = "policyc.model", defaultValue = "${project.basedir}/src/policy/policy.yaml")
    private File model;

    /**
     * The directory the site is written to: {@code privacy-policy.html}, {@code cookie-policy.html},
     * {@code policy.json} and {@code assets/}.
     *
     * <p>The directory is replaced as a whole on every build, so it must belong to policyc: a directory
     * that policyc wrote holds a {@code .policyc} marker file, and a non-empty directory without one is
     * never replaced. Without a project the default is {@code target/policy} in the current directory.
     */
    @Parameter(property = "policyc.outputDirectory", defaultValue = "${project.build.directory}/policy")
    private File outputDirectory;

    /**
     * Skips the goal: the model is neither read nor checked, and nothing is written.
     */
    @Parameter(property = "policyc.skip", defaultValue = "false")
    private boolean skip;

    /** The project's base directory. Paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping policyc:build (policyc.skip)");
            return;
        }
        BuildPaths paths = new BuildPaths(basedir, Path.of(""));
        Path output = paths.outputDirectory(outputDirectory);
        PolicyCompiler compiler = PolicyCompiler.create()
                .withLoader(PolicyLoader.create().withDisplayRoot(paths.basedir()));
        try {
            Site site = compiler.build(paths.model(model), output);
            getLog().info("Wrote " + site.files().size() + " files to " + paths.display(output));
        } catch (ModelException e) {
            // The user's input is wrong: say where, one problem a line, and no stack trace.
            e.problems().forEach(problem -> getLog().error(problem.toString()));
            int count = e.problems().size();
            throw new MojoFailureException("The policy model has " + count + (count == 1 ? " problem" : " problems")
                    + "; nothing was written.");
        } catch (PublishException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the policy to " + output + ": " + e.getMessage(), e);
        }
    }
}
