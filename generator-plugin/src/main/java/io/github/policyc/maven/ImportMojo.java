package io.github.policyc.maven;

import io.github.policyc.importer.ImportException;
import io.github.policyc.importer.ImportResult;
import io.github.policyc.importer.ImportWriter;
import io.github.policyc.importer.PolicyImporter;
import io.github.policyc.importer.SourceMap;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports a published privacy policy, an HTML page or plain text, as a model skeleton to finish:
 * {@code policy.yaml}, a Markdown file per section and {@code policyc-sourcemap.json}. The text is kept
 * as published, defects included; {@code policyc:check} on the imported model then reports each
 * finding at its line in the original document.
 *
 * <pre>
 * mvn policyc:import -Dpolicyc.import.source=privacy-policy.html
 * mvn policyc:check -Dpolicyc.failOn=none
 * </pre>
 *
 * <p>An existing model is never overwritten unless {@code policyc.import.force} is set.
 *
 * @since 0.1.0
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public class ImportMojo extends AbstractMojo {

    /** The published policy: an HTML page ({@code .html}, {@code .htm}) or plain text. */
    @Parameter(property = "policyc.import.source", required = true)
    private File source;

    /**
     * The directory the model is written to. Without a project the default is {@code src/policy} in the
     * current directory, where the other goals look for the model.
     */
    @Parameter(property = "policyc.import.output", defaultValue = "${project.basedir}/src/policy")
    private File output;

    /** Overwrites the files of a model already in the output directory. Other files there are left alone. */
    @Parameter(property = "policyc.import.force", defaultValue = "false")
    private boolean force;

    /** Skips every policyc goal. */
    @Parameter(property = "policyc.skip", defaultValue = "false")
    private boolean skip;

    /** The project's base directory. Paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping policyc:import (policyc.skip)");
            return;
        }
        BuildPaths paths = new BuildPaths(basedir, Path.of(""));
        Path document = paths.file(source, "");
        Path directory = paths.file(output, "src/policy");
        ImportResult result;
        List<Path> written;
        try {
            result = PolicyImporter.create().importFile(document);
            written = ImportWriter.create().withForce(force).write(result, directory);
        } catch (ImportException e) {
            if (e.existing() != null) {
                throw new MojoFailureException(paths.display(e.existing()) + " already exists and policyc:import"
                        + " does not overwrite a model: import elsewhere with -Dpolicyc.import.output=<directory>,"
                        + " or overwrite it with -Dpolicyc.import.force=true");
            }
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not import " + document + " into " + directory + ": "
                    + e.getMessage(), e);
        }
        ImportResult.Summary summary = result.summary();
        getLog().info("Imported " + paths.display(document) + " (" + result.format().label() + "): "
                + plural(summary.sections(), "section") + ", " + plural(summary.contacts(), "contact") + ", "
                + plural(summary.rights(), "right"));
        getLog().info("Wrote " + written.size() + " files to " + paths.display(directory) + ": "
                + ImportResult.MODEL_FILE + ", " + plural(result.sections().size(), "section file") + " and "
                + SourceMap.FILE_NAME);
        for (String todo : summary.todo()) {
            getLog().warn("TODO " + todo);
        }
        getLog().info("Next: policyc:check reports the defects of the imported text at their lines in "
                + paths.display(document) + "; then finish the model where it says TODO.");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
