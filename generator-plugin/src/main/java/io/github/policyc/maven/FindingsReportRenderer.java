package io.github.policyc.maven;

import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Finding;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.load.Problem;
import io.github.policyc.model.Location;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The page of {@code policyc:report}: the findings of the checks by severity, each finding at its
 * place, and the suppressed findings with their reasons; or, when the model does not load, its
 * problems. Everything goes through the sink, which escapes the text: messages quote the model, and
 * model text is untrusted.
 */
final class FindingsReportRenderer extends AbstractMavenReportRenderer {

    static final String TITLE = "Policy checks";

    private final String model;
    private final CheckReport report;
    private final List<Problem> problems;
    private final String ruleReference;

    private FindingsReportRenderer(Sink sink, String model, CheckReport report, List<Problem> problems,
                                   String ruleReference) {
        super(sink);
        this.model = model;
        this.report = report;
        this.problems = List.copyOf(problems);
        this.ruleReference = ruleReference == null || ruleReference.isBlank() ? null : ruleReference.strip();
    }

    /**
     * @param model         the model file as shown to the user
     * @param report        the findings
     * @param ruleReference the address of the rule reference, whose anchors are the lower-case rule ids
     *                      ({@code #pc201}); {@code null} or blank for no links
     */
    static FindingsReportRenderer findings(Sink sink, String model, CheckReport report, String ruleReference) {
        return new FindingsReportRenderer(sink, model, report, List.of(), ruleReference);
    }

    /** The page for a model that does not load: its problems, so that the site says what to fix. */
    static FindingsReportRenderer problems(Sink sink, String model, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a model that does not load has problems");
        }
        return new FindingsReportRenderer(sink, model, new CheckReport(List.of()), problems, null);
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE);
        if (!problems.isEmpty()) {
            renderProblems();
        } else {
            paragraph("policyc checked " + model + ": " + report.summary() + ".");
            renderSummary();
            renderFindings();
            renderSuppressed();
        }
        endSection();
    }

    private void renderProblems() {
        paragraph(model + " does not load, so it was not checked. Fix "
                + (problems.size() == 1 ? "this problem" : "these " + problems.size() + " problems") + " first.");
        startSection("Problems");
        startTable();
        tableHeader(new String[] {"Location", "Problem"});
        for (Problem problem : problems) {
            row(problem.at().toString(), problem.message());
        }
        endTable();
        endSection();
    }

    private void renderSummary() {
        startSection("Summary");
        startTable();
        tableHeader(new String[] {"Severity", "Findings"});
        for (Severity severity : Severity.values()) {
            row(severity.label(), Long.toString(report.count(severity)));
        }
        row("suppressed", Integer.toString(suppressed().size()));
        endTable();
        endSection();
    }

    private void renderFindings() {
        List<Finding> active = report.active();
        startSection("Findings");
        if (active.isEmpty()) {
            paragraph("The checks found nothing to report.");
        } else {
            startTable();
            tableHeader(new String[] {"Location", "Severity", "Rule", "Message", "Hint"});
            for (Finding finding : active) {
                sink.tableRow();
                locationCell(finding);
                cell(finding.severity().label());
                ruleCell(finding.rule());
                cell(finding.message());
                cell(finding.hint() == null ? "" : finding.hint());
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    private void renderSuppressed() {
        List<Finding> suppressed = suppressed();
        if (suppressed.isEmpty()) {
            return;
        }
        startSection("Suppressed findings");
        paragraph("Silenced in the model by a policyc:ignore comment, with the reason it gives.");
        startTable();
        tableHeader(new String[] {"Location", "Severity", "Rule", "Message", "Reason"});
        for (Finding finding : suppressed) {
            sink.tableRow();
            locationCell(finding);
            cell(finding.severity().label());
            ruleCell(finding.rule());
            cell(finding.message());
            cell(finding.suppression());
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private List<Finding> suppressed() {
        return report.findings().stream().filter(Finding::isSuppressed).toList();
    }

    private void row(String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            cell(cell);
        }
        sink.tableRow_();
    }

    /**
     * A cell of plain text. Not the inherited {@code tableCell}, which turns {@code {name, url}} in the
     * text into a link: a message that quotes the model must not make links the model did not declare.
     */
    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    /** {@code file:line:col}, and beneath it every further place of a group, such as a paragraph's copies. */
    private void locationCell(Finding finding) {
        sink.tableCell();
        sink.text(finding.at().toString());
        for (Location related : finding.related()) {
            sink.lineBreak();
            sink.text("also at " + related);
        }
        sink.tableCell_();
    }

    /** The rule id, linked to its entry in the rule reference when there is one, and its name. */
    private void ruleCell(RuleInfo rule) {
        sink.tableCell();
        if (ruleReference == null) {
            sink.text(rule.id());
        } else {
            sink.link(ruleReference + "#" + rule.id().toLowerCase(Locale.ROOT));
            sink.text(rule.id());
            sink.link_();
        }
        sink.text(" " + rule.name());
        sink.tableCell_();
    }
}
