package io.github.policyc.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.render.json.JsonOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, booleans and numbers as JSON, in the maps' iteration order.
 * A schema is a document, not a model, so it is built as such a tree and written once.
 */
final class JsonTree {

    private JsonTree() {
    }

    static String write(Map<String, ?> root) {
        return JsonOutput.write(json -> value(json, root));
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }
}
