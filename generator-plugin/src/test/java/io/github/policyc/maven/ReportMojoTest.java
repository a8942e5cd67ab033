package io.github.policyc.maven;

import static io.github.policyc.maven.FindingsReportRendererTest.rows;
import static io.github.policyc.maven.FindingsReportRendererTest.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.reporting.MavenReportException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report goal without Maven: its parameters set as Maven would, rendered into an XHTML5 sink. */
class ReportMojoTest {

    private static final String MODEL = """
            policy:
              id: report
              title: Privacy Policy
              version: "1"
              effective: 2024-03-01
            controller:
              name: Report Ltd
              contact: dpo
            contacts:
              dpo: { role: Data Protection Officer, email: dpo@example.test }
              hr: { role: HR }
              reception:  # policyc:ignore PC201 reception is reached in person at the front desk
                role: Reception
            sections:
              - id: intro
                title: Introduction
                body: Hello.
            """;

    @TempDir
    Path project;

    @Test
    void isAReportCalledPolicyChecksWrittenToPolicycHtml() {
        ReportMojo mojo = new ReportMojo();

        assertThat(mojo.getOutputName()).isEqualTo("policyc");
        assertThat(mojo.getName(Locale.ENGLISH)).isEqualTo("Policy checks");
        assertThat(mojo.getDescription(Locale.ENGLISH)).isNotBlank();
        assertThat(mojo.getCategoryName()).isEqualTo("Project Reports");
        assertThat(mojo.isExternalReport()).isFalse();
    }

    @Test
    void canGenerateAReportOnlyWhenTheModelExists() throws IOException {
        Path model = project.resolve("policy.yaml");
        ReportMojo mojo = mojo(model, false);

        assertThat(mojo.canGenerateReport()).isFalse();
        Files.writeString(model, MODEL);
        assertThat(mojo.canGenerateReport()).isTrue();
        assertThat(mojo(model, true).canGenerateReport()).as("policyc.skip").isFalse();
    }

    @Test
    void reportsWhatTheCheckGoalFinds() throws Exception {
        Path model = Files.writeString(project.resolve("policy.yaml"), MODEL);

        Document page = generate(mojo(model, false));

        List<List<String>> findings = rows(table(page, "Findings"));
        assertThat(findings).anySatisfy(row -> {
            assertThat(row.get(0)).endsWith("policy.yaml:11:3");
            assertThat(row.subList(1, 3)).containsExactly("error", "PC201 contact-without-channel");
        });
        assertThat(findings).filteredOn(row -> row.get(2).startsWith("PC201")).singleElement()
                .satisfies(row -> assertThat(row.get(3)).contains("'hr'"));
        assertThat(rows(table(page, "Suppressed findings")))
                .singleElement().satisfies(row -> assertThat(row.get(4))
                        .isEqualTo("reception is reached in person at the front desk"));
        assertThat(page.select("a[href$=#pc201]").attr("href")).isEqualTo(ReportMojo.RULE_REFERENCE + "#pc201");
    }

    @Test
    void leavesRuleIdsUnlinkedWhenTheReferenceIsNone() throws Exception {
        Path model = Files.writeString(project.resolve("policy.yaml"), MODEL);
        ReportMojo mojo = mojo(model, false);
        set(mojo, "ruleReference", "none");

        Document page = generate(mojo);

        assertThat(rows(table(page, "Findings"))).isNotEmpty();
        assertThat(page.select("a[href]")).isEmpty();
    }

    @Test
    void showsTheProblemsOfAModelThatDoesNotLoad() throws Exception {
        Path model = Files.writeString(project.resolve("policy.yaml"), MODEL.replace("role: HR", "role: HR, mail: x"));

        Document page = generate(mojo(model, false));

        assertThat(rows(table(page, "Problems"))).singleElement()
                .satisfies(row -> {
                    assertThat(row.get(0)).endsWith("policy.yaml:11:19");
                    assertThat(row.get(1)).contains("'mail'");
                });
    }

    @Test
    void rejectsANearDuplicateThresholdOutOfRange() throws Exception {
        Path model = Files.writeString(project.resolve("policy.yaml"), MODEL);
        ReportMojo mojo = mojo(model, false);
        set(mojo, "nearDuplicateThreshold", 0.2);

        assertThatThrownBy(() -> generate(mojo)).isInstanceOf(MavenReportException.class)
                .hasMessageStartingWith("policyc.nearDuplicateThreshold: ");
    }

    private static Document generate(ReportMojo mojo) throws MavenReportException {
        StringWriter html = new StringWriter();
        mojo.generate(new Xhtml5BaseSink(html), Locale.ENGLISH);
        return Jsoup.parse(html.toString());
    }

    /** The mojo with the parameters Maven would inject: the defaults, and this model. */
    private static ReportMojo mojo(Path model, boolean skip) {
        ReportMojo mojo = new ReportMojo();
        set(mojo, "model", model.toFile());
        set(mojo, "skip", skip);
        set(mojo, "nearDuplicateThreshold", 0.8);
        set(mojo, "ruleReference", ReportMojo.RULE_REFERENCE);
        return mojo;
    }

    private static void set(ReportMojo mojo, String name, Object value) {
        try {
            Field field = ReportMojo.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(mojo, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
