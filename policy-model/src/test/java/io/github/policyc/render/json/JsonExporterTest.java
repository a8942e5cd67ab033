package io.github.policyc.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExporterTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsThroughTheLoader() throws Exception {
        String json = JsonExporter.write(Models.full());

        PolicyModel reloaded = PolicyLoader.create().load(Models.write(dir, "policy.json", json));

        assertThat(JsonExporter.write(reloaded)).isEqualTo(json);
        assertThat(reloaded.purposes()).hasSameSizeAs(Models.full().purposes());
        assertThat(reloaded.sections().get(0).body().text()).isEqualTo(Models.full().sections().get(0).body().text());
    }

    @Test
    void startsWithSchemaAndFormatVersionThenTheModelInDeclarationOrder() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonExporter.write(Models.full()));

        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("$schema", "contentHash", "formatVersion", "policy", "controller", "contacts",
                "supervisoryAuthority", "dataSubjects", "dataCategories", "purposes", "recipients", "rights",
                "automatedDecisions", "cookies", "sections");
        assertThat(json.get("formatVersion").asText()).isEqualTo("1.0");
        assertThat(json.get("$schema").asText()).isEqualTo(JsonExporter.SCHEMA);
    }

    @Test
    void writesIdsAsKeysEnumsInKebabCaseAndValuesAsWritten() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonExporter.write(Models.full()));

        assertThat(json.at("/purposes/analytics/lawfulBasis").asText()).isEqualTo("legitimate-interests");
        assertThat(json.at("/purposes/orders/retention/period").asText()).isEqualTo("P6Y");
        assertThat(json.at("/purposes/orders/categories/1").asText()).isEqualTo("email");
        assertThat(json.at("/rights/withdraw-consent/contact").asText()).isEqualTo("privacy");
        assertThat(json.at("/cookies/0/duration").asText()).isEqualTo("session");
        assertThat(json.at("/recipients/analytics-vendor/countries/0").asText()).isEqualTo("US");
        assertThat(json.at("/sections/0/body").asText()).startsWith("This policy explains");
        assertThat(json.at("/controller/shortName").asText()).isEqualTo("Example Widgets");
    }

    @Test
    void carriesTheHashOfItsCanonicalForm() {
        String json = JsonExporter.write(Models.full());

        assertThat(ContentHash.declared(json)).contains(ContentHash.of(JsonExporter.canonical(Models.full())));
        assertThat(ContentHash.matches(json)).isTrue();
        assertThat(ContentHash.canonical(json)).isEqualTo(JsonExporter.canonical(Models.full()));
        assertThat(ContentHash.matches(json.replace("Example Widgets Limited", "Example Widgets Ltd"))).isFalse();
        assertThat(json).contains("\n  \"contentHash\": \"sha256:").matches("(?s).*\"sha256:[0-9a-f]{64}\".*");
    }

    @Test
    void leavesOutSourceLocationsAndAbsentValues() {
        String json = JsonExporter.write(Models.full());

        assertThat(json).doesNotContain("\"at\"", "policy.yaml", "null", "\r");
        assertThat(json).endsWith("}\n").contains("\n  \"policy\": {\n    \"id\": \"example\",");
    }
}
