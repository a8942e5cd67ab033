package io.github.policyc.maven;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.CheckException;
import io.github.policyc.load.ModelException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Releases the policy's current version: freezes it in the history directory as
 * {@code <version>.json}, exactly the {@code policy.json} it publishes, with its content hash. From then on
 * {@code policyc:build} publishes it under {@code versions/<version>/} as released, and fails when the file
 * is edited, or when the model claims the version with other content: changes need a new version.
 *
 * <p>The model is loaded and checked first; nothing is written when it has problems or its checks find
 * errors. Releasing the same content again writes nothing.
 *
 * <pre>
 * mvn policyc:release
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "release", threadSafe = true, requiresProject = false)
public class ReleaseMojo extends AbstractPolicycMojo {

    /**
     * The directory of released versions, one {@code <version>.json} file each. Commit it: it is the
     * record of every version that was published. The default is {@code history} beside the model.
     */
    @Parameter(property = "policyc.historyDirectory")
    private File historyDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping policyc:release (policyc.skip)");
            return;
        }
        BuildPaths paths = paths();
        Path modelFile = paths.model(model);
        Path history = paths.historyDirectory(historyDirectory, modelFile);
        PolicyCompiler.Release release;
        try {
            release = compiler(paths, cookieDatabase, har).release(modelFile, history);
        } catch (ModelException e) {
            throw invalid(e);
        } catch (CheckException e) {
            log(e.report());
            throw new MojoFailureException("The policy's checks found errors (" + e.report().summary()
                    + "); nothing was released.");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not release the policy into " + history + ": " + e.getMessage(), e);
        }
        log(release.report());
        String version = release.version().version();
        String file = paths.display(release.file());
        if (release.written()) {
            getLog().info("Released version " + version + " as " + file + " (" + release.version().contentHash()
                    + "). Commit it: builds publish it from there.");
        } else {
            getLog().info("Version " + version + " is already released as " + file + " with the same content;"
                    + " nothing to do.");
        }
    }
}
