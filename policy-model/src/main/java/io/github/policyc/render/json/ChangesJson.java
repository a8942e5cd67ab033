package io.github.policyc.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.diff.Change;
import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.VersionChanges;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes the change log for tools as {@code changes.json}: a list, newest first, of what changed from
 * one version to the next. Per version {@code from}, {@code to}, {@code material}, {@code changes} (each
 * with {@code kind} in kebab case, {@code subject}, {@code summary}, {@code material}) and {@code text}
 * (each with {@code where} and its diff {@code lines}, each with {@code type} and {@code text}).
 *
 * @since 0.1.0
 */
public final class ChangesJson {

    private ChangesJson() {
    }

    /** The change sets as JSON text, in the order given (newest first, as the site publishes them). */
    public static String write(List<VersionChanges> newestFirst) {
        return JsonOutput.write(json -> {
            json.writeStartArray();
            for (VersionChanges changes : newestFirst) {
                version(json, changes);
            }
            json.writeEndArray();
        });
    }

    private static void version(JsonGenerator json, VersionChanges changes) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", changes.from());
        json.writeStringField("to", changes.to());
        json.writeBooleanField("material", changes.material());
        json.writeArrayFieldStart("changes");
        for (Change change : changes.changes()) {
            json.writeStartObject();
            json.writeStringField("kind", kebab(change.kind()));
            json.writeStringField("subject", change.subject());
            json.writeStringField("summary", change.summary());
            json.writeBooleanField("material", change.material());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("text");
        for (TextChange text : changes.text()) {
            json.writeStartObject();
            json.writeStringField("where", text.where());
            json.writeArrayFieldStart("lines");
            for (TextChange.Line line : text.lines()) {
                json.writeStartObject();
                json.writeStringField("type", kebab(line.type()));
                json.writeStringField("text", line.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
