package io.github.policyc.maven;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.CheckOptions;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.check.Finding;
import io.github.policyc.check.RuleFailedException;
import io.github.policyc.check.report.ConsoleReport;
import io.github.policyc.cookies.CookieEvidence;
import io.github.policyc.cookies.HarCookies;
import io.github.policyc.cookies.OpenCookieDatabase;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that read a model share: the model, the base directory, skipping and reporting. */
abstract class AbstractPolicycMojo extends AbstractMojo {

    /**
     * The policy model: a YAML file. Markdown files that it includes are found relative to it.
     *
     * <p>Without a project, a relative path is taken from the current directory, and the default is
     * {@code src/policy/policy.yaml} there.
     */
    @Parameter(property = "policyc.model", defaultValue = "${project.basedir}/src/policy/policy.yaml")
    protected File model;

    /** Skips every policyc goal. */
    @Parameter(property = "policyc.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * A local copy of the <a href="https://github.com/jkwakman/Open-Cookie-Database">Open Cookie Database</a>
     * (its CSV file; policyc never downloads it). Cookies it knows get a missing provider, description and
     * duration from it, and PC704 reports a declared category that conflicts with the database's. Keep the
     * copy with the project: the published pages then depend on that copy only.
     */
    @Parameter(property = "policyc.cookieDatabase")
    protected File cookieDatabase;

    /**
     * A HAR file exported from the browser's developer tools after visiting the real site: PC705 reports
     * the cookies it shows that the inventory does not declare, PC706 the declared ones it never shows.
     */
    @Parameter(property = "policyc.har")
    protected File har;

    /** The project's base directory. Paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /** The paths of this execution, resolved against the project or the working directory. */
    protected BuildPaths paths() {
        return new BuildPaths(basedir, Path.of(""));
    }

    /** A compiler that shows paths relative to the base directory. Shared with {@link ReportMojo}. */
    static PolicyCompiler compiler(BuildPaths paths) {
        return PolicyCompiler.create().withLoader(PolicyLoader.create().withDisplayRoot(paths.basedir()));
    }

    /** A compiler that shows paths relative to the base directory and knows the cookie evidence configured. */
    protected PolicyCompiler compiler(BuildPaths paths, File cookieDatabase, File har) throws MojoFailureException {
        try {
            return compiler(paths).withCookieEvidence(cookieEvidence(paths, cookieDatabase, har));
        } catch (IOException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /**
     * Reads {@code policyc.cookieDatabase} and {@code policyc.har}, either of which may be unset. Shared
     * with {@link ReportMojo}.
     *
     * @throws IOException with a message for the user when a configured file cannot be read
     */
    static CookieEvidence cookieEvidence(BuildPaths paths, File cookieDatabase, File har) throws IOException {
        OpenCookieDatabase database = null;
        HarCookies cookies = null;
        if (cookieDatabase != null) {
            Path file = paths.file(cookieDatabase, "");
            try {
                database = OpenCookieDatabase.read(file);
            } catch (IOException e) {
                throw new IOException("policyc.cookieDatabase: cannot read " + paths.display(file) + ": " + e, e);
            }
        }
        if (har != null) {
            Path file = paths.file(har, "");
            try {
                cookies = HarCookies.read(file);
            } catch (IOException e) {
                throw new IOException("policyc.har: cannot read " + paths.display(file) + ": " + e, e);
            }
        }
        return new CookieEvidence(database, cookies);
    }

    /**
     * The checks of {@code policyc:check}, which {@code policyc:report} must run alike.
     *
     * @throws IllegalArgumentException when the threshold is out of range
     */
    static Checker checker(double nearDuplicateThreshold) {
        return Checker.create().withOptions(
                new CheckOptions(nearDuplicateThreshold, CheckOptions.DEFAULT.nearDuplicateMinWords()));
    }

    /** Logs each finding at the level of its severity; suppressed ones only with -X. */
    protected void log(CheckReport report) {
        for (Finding finding : report.findings()) {
            for (String line : ConsoleReport.lines(finding)) {
                if (finding.isSuppressed()) {
                    getLog().debug(line);
                    continue;
                }
                switch (finding.severity()) {
                    case ERROR -> getLog().error(line);
                    case WARNING -> getLog().warn(line);
                    case INFO -> getLog().info(line);
                }
            }
        }
    }

    /**
     * A rule failed, which is a bug in policyc, not in the model: log what the other rules found, then
     * fail the build as an error, naming the rule.
     */
    protected MojoExecutionException ruleFailed(RuleFailedException e) {
        log(e.report());
        return new MojoExecutionException(e.getMessage(), e);
    }

    /** The user's model does not load: say where, one problem a line, and no stack trace. */
    protected MojoFailureException invalid(ModelException e) {
        e.problems().forEach(problem -> getLog().error(problem.toString()));
        int count = e.problems().size();
        return new MojoFailureException("The policy model has " + count + (count == 1 ? " problem" : " problems")
                + "; nothing was written.");
    }
}
