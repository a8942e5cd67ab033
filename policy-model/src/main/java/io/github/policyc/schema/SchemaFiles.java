package io.github.policyc.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON Schemas a site publishes, by their path in the site. The repository keeps the same files
 * under {@code schema/}, for editors to use while the model is written.
 *
 * @since 0.1.0
 */
public final class SchemaFiles {

    /** The schema of the model as authors write it. */
    public static final String MODEL_SCHEMA = "schema/policy-model.schema.json";

    /** The schema of {@code policy.json}. */
    public static final String POLICY_SCHEMA = "schema/policy.schema.json";

    private SchemaFiles() {
    }

    /** Each schema's path in the site, relative to its root, and its text. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MODEL_SCHEMA, SchemaGenerator.modelSchema());
        files.put(POLICY_SCHEMA, SchemaGenerator.policySchema());
        return Collections.unmodifiableMap(files);
    }
}
