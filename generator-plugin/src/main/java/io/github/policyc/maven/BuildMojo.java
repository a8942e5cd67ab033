package io.github.policyc.maven;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.CheckException;
import io.github.policyc.load.ModelException;
import io.github.policyc.publish.PublishException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the policy model into the privacy policy, the cookie policy and {@code policy.json}.
 *
 * <p>The model is loaded and checked first: when it has problems, or the checks find errors, each is
 * reported as {@code file:line:column: …}, the build fails and nothing is written.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = false)
public class BuildMojo extends AbstractPolicycMojo {

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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping policyc:build (policyc.skip)");
            return;
        }
        BuildPaths paths = paths();
        Path output = paths.outputDirectory(outputDirectory);
        try {
            PolicyCompiler.Build build = compiler(paths).build(paths.model(model), output);
            log(build.report());
            getLog().info("Wrote " + build.site().files().size() + " files to " + paths.display(output));
        } catch (ModelException e) {
            throw invalid(e);
        } catch (CheckException e) {
            log(e.report());
            throw new MojoFailureException("The policy's checks found errors (" + e.report().summary()
                    + "); nothing was written.");
        } catch (PublishException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the policy to " + output + ": " + e.getMessage(), e);
        }
    }
}
