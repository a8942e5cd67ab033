package io.github.policyc.check.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Finding;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Location;
import io.github.policyc.render.json.JsonOutput;
import java.io.IOException;

/**
 * Findings as JSON, for tools: a summary by severity, then each finding with its rule, severity,
 * place, message, hint, further places and, when suppressed, the reason.
 *
 * @since 0.1.0
 */
public final class JsonReport {

    /** The version of this format. */
    public static final String FORMAT_VERSION = "1.0";

    private JsonReport() {
    }

    public static String write(CheckReport report) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("formatVersion", FORMAT_VERSION);
            json.writeObjectFieldStart("summary");
            for (Severity severity : Severity.values()) {
                json.writeNumberField(severity.label() + "s", report.count(severity));
            }
            json.writeNumberField("suppressed", report.findings().size() - report.active().size());
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                finding(json, finding);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void finding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule().id());
        json.writeStringField("rule", finding.rule().name());
        json.writeStringField("severity", finding.severity().label());
        location(json, finding.at());
        json.writeStringField("message", finding.message());
        if (finding.hint() != null) {
            json.writeStringField("hint", finding.hint());
        }
        if (!finding.related().isEmpty()) {
            json.writeArrayFieldStart("related");
            for (Location related : finding.related()) {
                json.writeStartObject();
                location(json, related);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (finding.isSuppressed()) {
            json.writeStringField("suppressed", finding.suppression());
        }
        json.writeEndObject();
    }

    private static void location(JsonGenerator json, Location at) throws IOException {
        json.writeStringField("file", at.file());
        json.writeNumberField("line", at.line());
        json.writeNumberField("column", at.column());
    }
}
