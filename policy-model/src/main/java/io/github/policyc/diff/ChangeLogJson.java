package io.github.policyc.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.model.Labelled;
import io.github.policyc.render.json.JsonOutput;
import java.io.IOException;
import java.util.List;

/**
 * Writes the change log as {@code changes.json}, for tools that follow a policy:
 *
 * <pre>{@code
 * {
 *   "formatVersion": "1.0",
 *   "versions": [
 *     {
 *       "from": "2024.03",
 *       "to": "2024.06",
 *       "material": true,
 *       "summary": "1 material change: new purpose; reworded text.",
 *       "changes": [
 *         { "kind": "purpose-added", "subject": "purpose 'events' (Events)", "summary": "new purpose: …", "material": true }
 *       ],
 *       "text": [
 *         { "where": "the body of section 'intro' (Introduction)",
 *           "lines": [ { "type": "removed", "text": "…" }, { "type": "added", "text": "…" } ] }
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Versions appear in the order given, newest first by convention; kinds and line types are kebab
 * case. The output is the same bytes for the same changes.
 *
 * @since 0.1.0
 */
public final class ChangeLogJson {

    /** The version of this format; its major number changes only for incompatible changes. */
    public static final String FORMAT_VERSION = "1.0";

    private ChangeLogJson() {
    }

    /** {@code changes.json} for the given changes, newest first. */
    public static String write(List<VersionChanges> versions) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("formatVersion", FORMAT_VERSION);
            json.writeArrayFieldStart("versions");
            for (VersionChanges version : versions) {
                version(json, version);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void version(JsonGenerator json, VersionChanges version) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", version.from());
        json.writeStringField("to", version.to());
        json.writeBooleanField("material", version.material());
        json.writeStringField("summary", version.summary());
        json.writeArrayFieldStart("changes");
        for (Change change : version.changes()) {
            json.writeStartObject();
            json.writeStringField("kind", Labelled.yamlName(change.kind()));
            json.writeStringField("subject", change.subject());
            json.writeStringField("summary", change.summary());
            json.writeBooleanField("material", change.material());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("text");
        for (TextChange text : version.text()) {
            json.writeStartObject();
            json.writeStringField("where", text.where());
            json.writeArrayFieldStart("lines");
            for (TextChange.Line line : text.lines()) {
                json.writeStartObject();
                json.writeStringField("type", Labelled.yamlName(line.type()));
                json.writeStringField("text", line.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
