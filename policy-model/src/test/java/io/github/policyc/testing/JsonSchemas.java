package io.github.policyc.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.policyc.schema.SchemaGenerator;
import java.util.List;

/**
 * A real JSON Schema validator (networknt) over policyc's schemas, for tests. Formats such as
 * {@code date} are asserted, not only annotated, and nothing is fetched from the network.
 */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    /** The schema of the model as authors write it. */
    public static Schema model() {
        return load(SchemaGenerator.modelSchema(), SpecificationVersion.DRAFT_2020_12);
    }

    /** The schema of {@code policy.json}. */
    public static Schema policy() {
        return load(SchemaGenerator.policySchema(), SpecificationVersion.DRAFT_2020_12);
    }

    /** Any schema, by its text, with {@code dialect} where the schema does not name its own. */
    public static Schema load(String schema, SpecificationVersion dialect) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        return registry.getSchema(schema, InputFormat.JSON);
    }

    /** The errors of a JSON document, as readable lines. */
    public static List<String> errors(Schema schema, String json) {
        return messages(schema.validate(json, InputFormat.JSON));
    }

    /** The errors of a YAML document, as readable lines. */
    public static List<String> yamlErrors(Schema schema, String yaml) {
        return messages(schema.validate(yaml, InputFormat.YAML));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
