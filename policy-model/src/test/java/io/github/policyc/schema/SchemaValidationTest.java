package io.github.policyc.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.policyc.PolicyCompiler;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.Site;
import io.github.policyc.render.json.ContentHash;
import io.github.policyc.render.json.JsonExporter;
import io.github.policyc.testing.HostileModel;
import io.github.policyc.testing.JsonSchemas;
import io.github.policyc.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas, checked by a real validator: the models we have are valid, every {@code policy.json}
 * the exporter writes is valid, and broken documents are rejected, each of them by the loader too.
 */
class SchemaValidationTest {

    /** Tests run with {@code policy-model/} as the working directory. */
    private static final Path EXAMPLE = Path.of("../site-src/src/policy/policy.yaml");
    private static final Path WELL_WRITTEN = Path.of("src/test/resources/models/well-written/policy.yaml");
    private static final List<Path> MODELS = List.of(EXAMPLE, Models.FULL, WELL_WRITTEN);

    private static Schema modelSchema;
    private static Schema policySchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchemas() {
        modelSchema = JsonSchemas.model();
        policySchema = JsonSchemas.policy();
    }

    static Stream<Path> models() {
        return MODELS.stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void theModelsWeHaveAreValidAsWritten(Path model) throws Exception {
        assertThat(JsonSchemas.yamlErrors(modelSchema, Files.readString(model))).as(model.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void theirPolicyJsonIsValidAndAValidModel(Path model) throws Exception {
        String json = JsonExporter.write(PolicyLoader.create().load(model));

        assertThat(JsonSchemas.errors(policySchema, json)).as(model.toString()).isEmpty();
        assertThat(JsonSchemas.errors(modelSchema, json)).as(model.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", "<script>alert(1)</script>\" '{{contact k}}' ${7*7} \\ \u202e é",
            "P1Y", "true", "1"})
    void aModelWithEveryFieldAndHostileTextIsValidAndSoIsItsPolicyJson(String payload) throws Exception {
        String yaml = HostileModel.yaml(payload, payload + "\n\n[x](javascript:alert(1))");
        PolicyModel model = Models.load(dir, yaml);

        assertThat(JsonSchemas.yamlErrors(modelSchema, yaml)).isEmpty();
        assertThat(JsonSchemas.errors(policySchema, JsonExporter.write(model))).isEmpty();
    }

    /** Every version the example site publishes: valid against the published schema, with its hash intact. */
    @Test
    void everyPolicyJsonOfTheExampleSiteIsValidAndMatchesItsHash(@TempDir Path out) throws Exception {
        Site site = PolicyCompiler.create().build(Path.of("../site-src/src/policy/policy.yaml"), out.resolve("site"))
                .site();
        List<String> versions = site.files().keySet().stream().filter(path -> path.endsWith("policy.json")).toList();

        assertThat(versions).containsExactlyInAnyOrder("policy.json", "versions/2024.03/policy.json",
                "versions/2026.12/policy.json");
        for (String path : versions) {
            String json = site.text(path);
            assertThat(JsonSchemas.errors(JsonSchemas.policy(), json)).as(path).isEmpty();
            assertThat(ContentHash.matches(json)).as("the content hash of " + path).isTrue();
        }
    }

    @Test
    void theSchemaOfPolicyJsonIsTheOnePolicyJsonNames() {
        JsonNode policy = JsonMapper.builder().build().readTree(SchemaGenerator.policySchema());
        JsonNode model = JsonMapper.builder().build().readTree(SchemaGenerator.modelSchema());

        assertThat(policy.get("$id").asString()).isEqualTo(JsonExporter.SCHEMA);
        assertThat(policy.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(model.get("$id").asString())
                .isEqualTo(JsonExporter.SCHEMA.replace("/policy-" + PolicyLoader.FORMAT_VERSION, "/policy-model-"
                        + PolicyLoader.FORMAT_VERSION));
    }

    /** A broken model: what the loader says about it must be said by the schema too. */
    record Broken(String what, String yaml) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Broken> brokenModels() {
        return Stream.of(
                new Broken("unknown root key", Models.MINIMAL + "purpose: {}\n"),
                new Broken("unknown nested key", Models.MINIMAL.replace("name: Test Ltd", "name: Test Ltd\n  adress: [x]")),
                new Broken("missing required key", Models.MINIMAL.replace("  title: Privacy Policy\n", "")),
                new Broken("missing required root key", Models.MINIMAL.substring(0, Models.MINIMAL.indexOf("controller:"))),
                new Broken("missing required key in an entry", Models.MINIMAL + "contacts:\n  dpo: { email: a@b.test }\n"),
                new Broken("wrong enum", Models.MINIMAL + purpose("lawfulBasis: legitimate-interest")),
                new Broken("enum in the wrong case", Models.MINIMAL + purpose("lawfulBasis: Consent")),
                new Broken("bad duration", Models.MINIMAL + purpose("retention: { period: 24 months }")),
                new Broken("duration without a part", Models.MINIMAL + purpose("retention: { period: P }")),
                new Broken("duration ending in T", Models.MINIMAL + purpose("retention: { period: P1YT }")),
                new Broken("bad cookie duration", Models.MINIMAL + "cookies:\n  - { name: a, duration: forever }\n"),
                new Broken("lower-case country", Models.MINIMAL + "recipients:\n  r: { name: R, role: processor, countries: [us] }\n"),
                new Broken("UK is not a code", Models.MINIMAL + "recipients:\n  r: { name: R, role: processor, countries: [UK] }\n"),
                new Broken("id with a space", Models.MINIMAL + "dataSubjects:\n  job applicants: { label: Applicants }\n"),
                new Broken("section id with a slash", Models.MINIMAL + "sections:\n  - { id: a/b, title: A }\n"),
                new Broken("unknown right", Models.MINIMAL + "rights:\n  acess: { description: x }\n"),
                new Broken("invalid date", Models.MINIMAL.replace("2024-03-01", "2024-13-01")),
                new Broken("text for a boolean", Models.MINIMAL + "automatedDecisions: { used: \"no\" }\n"),
                new Broken("a list for text", Models.MINIMAL.replace("name: Test Ltd", "name: [Test, Ltd]")),
                new Broken("an include with extras", Models.MINIMAL
                        + "sections:\n  - { id: a, title: A, body: { file: a.md, encoding: utf-8 } }\n"),
                new Broken("a list for a keyed list", Models.MINIMAL + "contacts:\n  - { role: DPO }\n"),
                new Broken("another format version", "formatVersion: \"2.0\"\n" + Models.MINIMAL));
    }

    private static String purpose(String line) {
        return "purposes:\n  p:\n    title: P\n    " + line + "\n";
    }

    @ParameterizedTest
    @MethodSource("brokenModels")
    void aBrokenModelIsRejectedByTheSchemaAndTheLoader(Broken broken) {
        Path file = Models.write(dir, broken.yaml());
        Models.write(dir, "a.md", "text");

        assertThat(JsonSchemas.yamlErrors(modelSchema, broken.yaml())).as("schema errors").isNotEmpty();
        assertThat(loads(file)).as("the loader accepts it").isFalse();
    }

    @Test
    void theBaseOfTheBrokenModelsIsValid() {
        assertThat(JsonSchemas.yamlErrors(modelSchema, Models.MINIMAL)).isEmpty();
        assertThat(JsonSchemas.yamlErrors(modelSchema, Models.MINIMAL + purpose("lawfulBasis: legitimate-interests")
                + "recipients:\n  r: { name: R, role: processor, countries: [US, EEA, worldwide] }\n"
                + "rights:\n  access: { description: x }\n"
                + "cookies:\n  - { name: a, duration: PT30M }\n"
                + "sections:\n  - { id: a.b_c-1, title: A, body: { file: a.md } }\n")).isEmpty();
    }

    @Test
    void policyJsonMustCarryItsHashVersionAndSchemaAndProseInline() {
        String json = JsonExporter.write(Models.full());

        assertThat(JsonSchemas.errors(policySchema, json.replaceFirst("  \"contentHash\": \"[^\"]+\",\n", "")))
                .anyMatch(e -> e.contains("contentHash"));
        assertThat(JsonSchemas.errors(policySchema, json.replace("\"sha256:", "\"sha1:"))).isNotEmpty();
        assertThat(JsonSchemas.errors(policySchema, json.replaceFirst("  \"formatVersion\": \"1.0\",\n", "")))
                .anyMatch(e -> e.contains("formatVersion"));
        assertThat(JsonSchemas.errors(policySchema, json.replace(JsonExporter.SCHEMA, "https://example.test/s.json")))
                .isNotEmpty();
        assertThat(JsonSchemas.errors(policySchema, json.replace("\"body\": \"This policy",
                "\"body\": { \"file\": \"intro.md\" }, \"x\": \"This policy"))).isNotEmpty();
        assertThat(JsonSchemas.errors(modelSchema, json.replaceFirst("  \"contentHash\": \"[^\"]+\",\n", "")))
                .as("a model need not carry a hash").isEmpty();
    }

    private static boolean loads(Path file) {
        try {
            PolicyLoader.create().load(file);
            return true;
        } catch (ModelException e) {
            return false;
        }
    }
}
