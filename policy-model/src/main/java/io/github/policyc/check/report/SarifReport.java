package io.github.policyc.check.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Finding;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Rules;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Location;
import io.github.policyc.render.json.JsonOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Findings as SARIF 2.1.0, the format GitHub code scanning and other tools read. Every rule is
 * described in the run's driver; each result points at its file, line and column, with the further
 * places of a group as related locations, and a suppressed finding carries its reason as an in-source
 * suppression.
 *
 * @since 0.1.0
 */
public final class SarifReport {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/policyc/policyc";

    private SarifReport() {
    }

    /**
     * @param report  the findings
     * @param version the policyc version, for the tool driver
     * @param prefix  a path put before every file name so that it is relative to the repository root
     *                (for example {@code site-src/} for a project in a sub-folder), or an empty string
     */
    public static String write(CheckReport report, String version, String prefix) {
        List<RuleInfo> rules = Rules.infos();
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            driver(json, rules, version);
            json.writeArrayFieldStart("results");
            for (Finding finding : report.findings()) {
                result(json, finding, rules.indexOf(finding.rule()), prefix);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void driver(JsonGenerator json, List<RuleInfo> rules, String version) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "policyc");
        json.writeStringField("version", version);
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (RuleInfo rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.name());
            text(json, "shortDescription", rule.summary());
            text(json, "fullDescription", rule.description());
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.severity()));
            json.writeEndObject();
            json.writeStringField("helpUri", INFORMATION_URI + "#rules");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, Finding finding, int ruleIndex, String prefix) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule().id());
        if (ruleIndex >= 0) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(finding.severity()));
        text(json, "message", finding.message() + (finding.hint() == null ? "" : " (" + finding.hint() + ")"));
        json.writeArrayFieldStart("locations");
        location(json, finding.at(), prefix, -1);
        json.writeEndArray();
        if (!finding.related().isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            for (int i = 0; i < finding.related().size(); i++) {
                location(json, finding.related().get(i), prefix, i + 1);
            }
            json.writeEndArray();
        }
        if (finding.isSuppressed()) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "inSource");
            json.writeStringField("justification", finding.suppression());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** A physical location; related locations carry an id and a message, as SARIF asks. */
    private static void location(JsonGenerator json, Location at, String prefix, int id) throws IOException {
        json.writeStartObject();
        if (id > 0) {
            json.writeNumberField("id", id);
            text(json, "message", "also here");
        }
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(at.file(), prefix));
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", at.line());
        json.writeNumberField("startColumn", at.column());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * A relative path under the prefix, as a relative URI reference: every byte of its UTF-8 but the
     * unreserved characters and {@code /} percent-encoded, so that a space, a {@code #} (which would start
     * a fragment), a {@code %} or a non-ASCII letter in a file name reaches the reader of the report as
     * the same name. A path outside the project as a file URI, which {@link Path#toUri()} encodes.
     */
    static String uri(String file, String prefix) {
        if (file.startsWith("/")) {
            return Path.of(file).toUri().toString();
        }
        StringBuilder uri = new StringBuilder();
        for (byte b : (prefix + file).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return uri.toString();
    }

    private static final String HEX = "0123456789ABCDEF";

    private static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
