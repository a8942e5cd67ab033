package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.CheckException;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.check.Finding;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Location;
import io.github.policyc.testing.Models;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking an imported model reports findings at the lines of the original document. */
class ImportedCheckTest {

    /** Line 7 is a heading with nothing under it; line 11 names a team without any way to reach it. */
    static final String ORIGINAL = """
            Privacy Notice

            About us

            We are Example Widgets Ltd. Write to privacy@example.test with any question.

            Cookies?

            Your requests

            To have your data deleted, please speak with HR or write to privacy@example.test.
            """;

    @TempDir
    Path dir;

    Path model;

    @BeforeEach
    void importOriginal() throws Exception {
        Path original = Models.write(dir, "published/notice.txt", ORIGINAL);
        ImportWriter.create().write(PolicyImporter.create().importFile(original), dir.resolve("src/policy"));
        model = dir.resolve("src/policy/policy.yaml");
    }

    @Test
    void findingsInImportedTextPointAtTheOriginal() throws Exception {
        CheckReport report = compiler().check(model);

        assertThat(report.findings()).extracting(f -> f.rule().id() + " " + f.at()).contains(
                "PC201 published/notice.txt:11:46",
                "PC403 published/notice.txt:7:1");
    }

    @Test
    void findingsOnLinesEditedSinceTheImportStayInTheModel() throws Exception {
        String yaml = Files.readString(model);
        Files.writeString(model, yaml.replace("- id: cookies", "- id: cookie-use"), StandardCharsets.UTF_8);

        CheckReport report = compiler().check(model);

        assertThat(report.findings()).filteredOn(f -> f.rule().id().equals("PC403")).singleElement()
                .satisfies(f -> assertThat(f.at().file()).isEqualTo("src/policy/policy.yaml"));
        assertThat(report.findings()).extracting(f -> f.rule().id() + " " + f.at())
                .contains("PC201 published/notice.txt:11:46");
    }

    @Test
    void aBuildThatFailsReportsTheOriginalToo() {
        assertThatThrownBy(() -> compiler().build(model, dir.resolve("site")))
                .isInstanceOfSatisfying(CheckException.class, e -> assertThat(e.report().active())
                        .extracting(f -> f.rule().id() + " " + f.at()).contains("PC201 published/notice.txt:11:46"));
    }

    @Test
    void relatedPlacesMoveTooAndTheReportIsInReadingOrder() throws Exception {
        LoadedPolicy policy = PolicyLoader.create().withDisplayRoot(dir).read(model);
        SourceMapper mapper = SourceMapper.besideModel(model, policy, PolicyLoader.create().withDisplayRoot(dir)::display)
                .orElseThrow();
        RuleInfo rule = new RuleInfo("PC999", "test-rule", Severity.WARNING, "0.1.0", "A test.", "A test rule.");
        Location yamlStart = Location.startOf("src/policy/policy.yaml");
        Location line5 = new Location("src/policy/sections/about-us.md", 1, 10);
        Location elsewhere = new Location("other.yaml", 3, 4);

        CheckReport moved = mapper.apply(new CheckReport(List.of(
                new Finding(rule, yamlStart, List.of(line5, elsewhere), "group", null, null),
                new Finding(rule, line5, List.of(), "single", null, null))));

        assertThat(moved.findings()).extracting(Finding::message).containsExactly("group", "single");
        assertThat(mapper.apply(new CheckReport(List.of(
                new Finding(rule, line5, List.of(), "single", null, null),
                new Finding(rule, yamlStart, List.of(line5, elsewhere), "group", null, null)))))
                .as("the same findings in reverse order").isEqualTo(moved);
        assertThat(moved.findings().get(0).at()).isEqualTo(new Location("published/notice.txt", 1, 1));
        assertThat(moved.findings().get(0).related()).containsExactly(new Location("published/notice.txt", 5, 10),
                elsewhere);
    }

    @Test
    void theFindingsOfTheImportedModelDoNotDependOnTheOrderTheyCameIn() throws Exception {
        LoadedPolicy policy = PolicyLoader.create().withDisplayRoot(dir).read(model);
        SourceMapper mapper = SourceMapper.besideModel(model, policy, PolicyLoader.create().withDisplayRoot(dir)::display)
                .orElseThrow();
        CheckReport report = Checker.create().check(policy);
        List<Finding> reversed = new ArrayList<>(report.findings());
        Collections.reverse(reversed);
        // Two findings at one place, of one rule, with one message, told apart only by their related places.
        RuleInfo rule = new RuleInfo("PC999", "test-rule", Severity.WARNING, "0.1.0", "A test.", "A test rule.");
        Location at = new Location("src/policy/sections/about-us.md", 1, 1);
        Finding first = new Finding(rule, at, List.of(new Location("x.yaml", 1, 1)), "same", null, null);
        Finding second = new Finding(rule, at, List.of(new Location("x.yaml", 2, 1)), "same", null, null);

        CheckReport forward = mapper.apply(new CheckReport(concat(report.findings(), List.of(first, second))));
        CheckReport backward = mapper.apply(new CheckReport(concat(List.of(second, first), reversed)));

        assertThat(report.findings()).isNotEmpty();
        assertThat(backward).isEqualTo(forward);
        assertThat(forward.findings()).extracting(f -> f.rule().id() + " " + f.at()).contains(
                "PC201 published/notice.txt:11:46", "PC403 published/notice.txt:7:1");
    }

    private static List<Finding> concat(List<Finding> a, List<Finding> b) {
        List<Finding> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aBrokenSourceMapIsAProblemOfTheModel() throws Exception {
        Files.writeString(model.resolveSibling(SourceMap.FILE_NAME), "{ not json", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> compiler().check(model)).isInstanceOfSatisfying(ModelException.class, e ->
                assertThat(e.problems()).singleElement().hasToString("src/policy/policyc-sourcemap.json:1:1: cannot read"
                        + " the source map of this imported model (not valid JSON: Unexpected character ('n' (code 110)):"
                        + " was expecting double-quote to start field name); delete it to check the model without"
                        + " mapping findings to the original"));
    }

    @Test
    void withoutASourceMapFindingsStayInTheModel() throws Exception {
        Files.delete(model.resolveSibling(SourceMap.FILE_NAME));

        assertThat(compiler().check(model).findings()).extracting(f -> f.at().file())
                .allMatch(file -> file.startsWith("src/policy/"));
    }

    private PolicyCompiler compiler() {
        return PolicyCompiler.create().withLoader(PolicyLoader.create().withDisplayRoot(dir));
    }
}
