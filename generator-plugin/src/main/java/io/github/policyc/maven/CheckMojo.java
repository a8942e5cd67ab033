package io.github.policyc.maven;

import io.github.policyc.check.CheckReport;
import io.github.policyc.check.RuleFailedException;
import io.github.policyc.check.Severity;
import io.github.policyc.check.report.ReportFiles;
import io.github.policyc.load.ModelException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the policy model for the defects real policies contain: duplicated text, contacts without
 * channels, references that lead nowhere, placeholders, missing lawful bases and retention, gaps
 * against GDPR Art. 13 and 14, and incomplete cookies. Each finding is logged as
 * {@code file:line:column: severity PC101 name: message (hint)} and written to SARIF and JSON reports.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractPolicycMojo {

    /**
     * The least severe finding that fails the build: {@code error}, {@code warning}, {@code info} or
     * {@code none} (report only).
     */
    @Parameter(property = "policyc.failOn", defaultValue = "error")
    private String failOn;

    /** The SARIF 2.1.0 report, for GitHub code scanning and other tools. */
    @Parameter(property = "policyc.sarifFile", defaultValue = "${project.build.directory}/policyc/findings.sarif")
    private File sarifFile;

    /** The findings as JSON. */
    @Parameter(property = "policyc.findingsFile", defaultValue = "${project.build.directory}/policyc/findings.json")
    private File findingsFile;

    /**
     * How alike two paragraphs must be, as the Jaccard similarity of their sets of words, to be
     * reported as near-duplicates: from 0.5 to 1.
     */
    @Parameter(property = "policyc.nearDuplicateThreshold", defaultValue = "0.8")
    private double nearDuplicateThreshold;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping policyc:check (policyc.skip)");
            return;
        }
        Severity threshold = failOn();
        BuildPaths paths = paths();
        CheckReport report;
        try {
            report = compiler(paths, cookieDatabase, har).withChecker(checker(nearDuplicateThreshold))
                    .check(paths.model(model));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (ModelException e) {
            throw invalid(e);
        } catch (RuleFailedException e) {
            throw ruleFailed(e);
        }
        Path sarif = paths.file(sarifFile, "target/policyc/findings.sarif");
        Path json = paths.file(findingsFile, "target/policyc/findings.json");
        try {
            ReportFiles.write(report, sarif, json, paths.repositoryPrefix());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the findings: " + e.getMessage(), e);
        }
        log(report);
        getLog().info("policyc: " + report.summary() + "; SARIF in " + paths.display(sarif));
        if (threshold != null && report.failsAt(threshold)) {
            throw new MojoFailureException("The policy's checks found " + report.summary() + ", failing at "
                    + threshold.label() + " (policyc.failOn).");
        }
    }

    /** The severity that fails the build, or {@code null} for {@code none}. */
    private Severity failOn() throws MojoFailureException {
        if (failOn.strip().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("policyc.failOn: " + e.getMessage() + ", or none");
        }
    }
}
