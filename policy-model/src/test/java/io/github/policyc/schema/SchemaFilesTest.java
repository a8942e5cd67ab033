package io.github.policyc.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas in the repository's {@code schema/} and the descriptions they take from the model's
 * javadoc are generated; this test fails when either is stale. Run it with
 * {@code -Dpolicyc.updateDocs=true} to rewrite them.
 */
class SchemaFilesTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path DESCRIPTIONS = Path.of("src/main/resources/io/github/policyc/schema")
            .resolve(Descriptions.RESOURCE);
    private static final boolean UPDATE = Boolean.getBoolean("policyc.updateDocs");
    private static final String HOW_TO_UPDATE = "; run mvn test -pl policy-model -Dtest=SchemaFilesTest"
            + " -Dpolicyc.updateDocs=true to regenerate it";

    private final Map<String, String> javadoc = JavadocDescriptions.of(SchemaGenerator.documentedTypes());

    @Test
    void descriptionsAreTheModelsJavadoc() throws IOException {
        compareOrUpdate(DESCRIPTIONS, JavadocDescriptions.properties(javadoc));
    }

    @Test
    void committedSchemasAreCurrent() throws IOException {
        compareOrUpdate(REPOSITORY.resolve(SchemaFiles.MODEL_SCHEMA), SchemaGenerator.modelSchema(javadoc));
        compareOrUpdate(REPOSITORY.resolve(SchemaFiles.POLICY_SCHEMA), SchemaGenerator.policySchema(javadoc));
    }

    @Test
    void theSiteGetsBothSchemasAsTheyAreCommitted() throws IOException {
        Map<String, String> files = SchemaFiles.all();

        assertThat(files).containsOnlyKeys(SchemaFiles.MODEL_SCHEMA, SchemaFiles.POLICY_SCHEMA);
        if (!UPDATE) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                assertThat(REPOSITORY.resolve(file.getKey())).as(file.getKey()).hasContent(file.getValue());
            }
        }
    }

    @Test
    void theExampleModelNamesTheCommittedModelSchemaForEditors() throws IOException {
        Path example = REPOSITORY.resolve("site-src/src/policy/policy.yaml");
        Matcher modeline = Pattern.compile("\\A# yaml-language-server: \\$schema=(\\S+)\n")
                .matcher(Files.readString(example));

        assertThat(modeline.find()).as("the example's first line names its schema").isTrue();
        Path schema = example.getParent().resolve(modeline.group(1)).normalize();
        assertThat(schema).isEqualTo(REPOSITORY.resolve(SchemaFiles.MODEL_SCHEMA).normalize());
        assertThat(schema).exists();
    }

    @Test
    void everyTypeAndKeyIsDescribed() {
        for (String schema : List.of(SchemaFiles.all().values().toArray(String[]::new))) {
            JsonNode root = JsonMapper.builder().build().readTree(schema);
            List<String> undescribed = new ArrayList<>();
            root.get("$defs").properties().forEach(def -> {
                if (!def.getValue().has("description")) {
                    undescribed.add("$defs/" + def.getKey());
                }
                undescribedProperties("$defs/" + def.getKey(), def.getValue(), undescribed);
            });
            undescribedProperties("", root, undescribed);
            assertThat(undescribed).as("schema parts without a description (javadoc them)").isEmpty();
        }
    }

    @Test
    void everyDescriptionIsUsed() {
        String schemas = String.join("\n", SchemaFiles.all().values());
        JsonNode model = JsonMapper.builder().build().readTree(SchemaFiles.all().get(SchemaFiles.MODEL_SCHEMA));
        List<String> unused = javadoc.values().stream()
                .map(text -> JsonMapper.builder().build().writeValueAsString(text).replaceAll("^\"|\"$", ""))
                .filter(escaped -> !schemas.contains(escaped))
                .toList();

        assertThat(model.get("$defs").size()).isGreaterThan(10);
        assertThat(unused).as("descriptions no schema uses").isEmpty();
    }

    private static void undescribedProperties(String path, JsonNode schema, List<String> undescribed) {
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return;
        }
        properties.properties().forEach(p -> {
            if (!p.getValue().has("description")) {
                undescribed.add(path + "/" + p.getKey());
            }
        });
    }

    private static void compareOrUpdate(Path file, String expected) throws IOException {
        if (UPDATE && (!Files.exists(file) || !Files.readString(file).equals(expected))) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as(file + HOW_TO_UPDATE).hasContent(expected);
    }
}
