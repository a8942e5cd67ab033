package io.github.policyc.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Ref;
import io.github.policyc.render.json.internal.ExportedRecord;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Writes a model as {@code policy.json}: the same structure and keys as {@code policy.yaml}, so that
 * the JSON is itself a valid model, with {@code $schema}, {@code contentHash} and {@code formatVersion}
 * first.
 *
 * <p>Fields appear in the order the records declare them and entries in the order the author wrote
 * them; absent values are left out; source locations are not part of the output. Indentation is two
 * spaces and lines end with {@code \n} on every platform.
 *
 * @since 0.1.0
 */
public final class JsonExporter {

    /** Where the JSON Schema of this format is published. */
    public static final String SCHEMA = "https://policyc.github.io/schema/policy-" + PolicyLoader.FORMAT_VERSION
            + ".json";

    /** Top-level keys added to the format after version 1.0, left out while empty. */
    private static final Set<String> ADDED_AFTER_1_0 = Set.of("cookieCategories");

    private JsonExporter() {
    }

    /** {@code policy.json}: the model with its {@link ContentHash content hash}. */
    public static String write(PolicyModel model) {
        String canonical = canonical(model);
        String hash = ContentHash.of(canonical);
        int afterSchema = canonical.indexOf('\n', canonical.indexOf("\"$schema\"")) + 1;
        return canonical.substring(0, afterSchema) + "  \"contentHash\": \"" + hash + "\",\n"
                + canonical.substring(afterSchema);
    }

    /** The canonical form of the model: {@code policy.json} without its content hash. */
    public static String canonical(PolicyModel model) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("formatVersion", PolicyLoader.FORMAT_VERSION);
            fields(json, model);
            json.writeEndObject();
        });
    }

    private static void fields(JsonGenerator json, Record record) throws IOException {
        for (ExportedRecord.Component component : ExportedRecord.of(record.getClass()).components()) {
            Object value = component.read(record);
            if (value == null || isNewAndEmpty(component, value)) {
                continue;
            }
            json.writeFieldName(component.name());
            if (component.keyed()) {
                keyed(json, (List<?>) value);
            } else {
                value(json, value);
            }
        }
    }

    /** A keyed list as an object from each entry's id to the entry. */
    private static void keyed(JsonGenerator json, List<?> entries) throws IOException {
        json.writeStartObject();
        for (Object entry : entries) {
            Record record = (Record) entry;
            ExportedRecord.Component id = ExportedRecord.of(record.getClass()).id();
            if (id == null) {
                throw new IllegalStateException("an entry of a keyed list has no @Id component: " + record.getClass());
            }
            Object key = id.read(record);
            json.writeFieldName(key instanceof Enum<?> constant ? Labelled.yamlName(constant) : key.toString());
            json.writeStartObject();
            fields(json, record);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Prose prose) {
            json.writeString(prose.text());
        } else if (value instanceof Ref ref) {
            json.writeString(ref.id());
        } else if (value instanceof Enum<?> constant) {
            json.writeString(Labelled.yamlName(constant));
        } else if (value instanceof LocalDate date) {
            json.writeString(date.toString());
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Record record && !ExportedRecord.of(record.getClass()).textForm()) {
            json.writeStartObject();
            fields(json, record);
            json.writeEndObject();
        } else {
            // Value types (durations, countries, cookie lifetimes) write the text they parse from.
            json.writeString(value.toString());
        }
    }

    /**
     * Whether a component added to the format after version 1.0 is empty and so left out: a model
     * that does not use it then exports exactly as it did before, and its released versions still match.
     */
    private static boolean isNewAndEmpty(ExportedRecord.Component component, Object value) {
        return component.declaring() == PolicyModel.class && ADDED_AFTER_1_0.contains(component.name())
                && value instanceof List<?> list && list.isEmpty();
    }
}
