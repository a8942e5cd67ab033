package io.github.policyc.maven;

import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.cookies.CookieEvidence;
import io.github.policyc.load.ModelException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The findings of the policy's checks as a page of the Maven site, listed under "Project Reports":
 * how many of each severity, a table of the findings with their places, rules, messages and hints,
 * and the suppressed findings with their reasons. It runs the same checks as {@code policyc:check};
 * a model that does not load does not fail the site but is shown with its problems.
 *
 * <pre>{@code
 * <reporting>
 *   <plugins>
 *     <plugin>
 *       <groupId>io.github.policyc</groupId>
 *       <artifactId>policyc-maven-plugin</artifactId>
 *       <reportSets><reportSet><reports><report>report</report></reports></reportSet></reportSets>
 *     </plugin>
 *   </plugins>
 * </reporting>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Where the rule ids in the report link to when {@code ruleReference} is not set. */
    static final String RULE_REFERENCE = "https://github.com/policyc/policyc/blob/main/docs/rules.md";

    /** The policy model: a YAML file. Without it there is no report. */
    @Parameter(property = "policyc.model", defaultValue = "${project.basedir}/src/policy/policy.yaml")
    private File model;

    /** Skips every policyc goal; the site then has no policy report. */
    @Parameter(property = "policyc.skip", defaultValue = "false")
    private boolean skip;

    /** As for {@code policyc:check}: how alike two paragraphs must be to be near-duplicates, from 0.5 to 1. */
    @Parameter(property = "policyc.nearDuplicateThreshold", defaultValue = "0.8")
    private double nearDuplicateThreshold;

    /** As for {@code policyc:check}: a local copy of the Open Cookie Database, for PC704. */
    @Parameter(property = "policyc.cookieDatabase")
    private File cookieDatabase;

    /** As for {@code policyc:check}: a HAR file of a browser session of the site, for PC705 and PC706. */
    @Parameter(property = "policyc.har")
    private File har;

    /**
     * The rule reference that rule ids link to, at the anchor of the lower-case id ({@code #pc201}).
     * {@code none} leaves the ids unlinked, for a site that must not link outside. (Not an empty value:
     * Maven replaces that with the default.)
     */
    @Parameter(property = "policyc.ruleReference", defaultValue = RULE_REFERENCE)
    private String ruleReference;

    @Override
    public String getOutputName() {
        return "policyc";
    }

    @Override
    public String getName(Locale locale) {
        return FindingsReportRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of the policyc checks on the privacy policy model, by severity and place.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && Files.isRegularFile(paths().model(model));
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        BuildPaths paths = paths();
        Path file = paths.model(model);
        String shown = paths.display(file);
        Checker checker;
        try {
            checker = AbstractPolicycMojo.checker(nearDuplicateThreshold);
        } catch (IllegalArgumentException e) {
            throw new MavenReportException("policyc.nearDuplicateThreshold: " + e.getMessage());
        }
        CookieEvidence cookies;
        try {
            cookies = AbstractPolicycMojo.cookieEvidence(paths, cookieDatabase, har);
        } catch (IOException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        try {
            CheckReport report = AbstractPolicycMojo.compiler(paths).withCookieEvidence(cookies).withChecker(checker)
                    .check(file);
            getLog().info("policyc: " + report.summary());
            FindingsReportRenderer.findings(getSink(), shown, report, linkedReference()).render();
        } catch (ModelException e) {
            // A report describes the project as it is; the problems are shown in the site and logged.
            e.problems().forEach(problem -> getLog().error(problem.toString()));
            FindingsReportRenderer.problems(getSink(), shown, e.problems()).render();
        }
    }

    /** The rule reference to link to, or {@code null} for none. */
    private String linkedReference() {
        return ruleReference == null || ruleReference.strip().equalsIgnoreCase("none") ? null : ruleReference;
    }

    private BuildPaths paths() {
        return new BuildPaths(project == null ? null : project.getBasedir(), Path.of(""));
    }
}
