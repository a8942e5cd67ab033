package io.github.policyc.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu HTML Checker (the validator behind validator.w3.org/nu), run in this JVM: its schemas come
 * inside the {@code nu.validator:validator} jar, so nothing is fetched. The first check loads them and
 * takes seconds; the next ones take about a second each, so share one checker.
 */
final class NuHtmlChecker {

    /**
     * One message of the checker.
     *
     * @param type    {@code error}, {@code non-document-error} (the checker itself failed) or {@code info}
     * @param subType {@code warning} for warnings, {@code fatal} for errors that stopped the parse, or empty
     * @param line    1-based line of the document, 0 when the message is about no line
     * @param column  1-based column, 0 when the message is about no column
     * @param message what is wrong
     */
    record Message(String type, String subType, int line, int column, String message) {

        /** Errors fail a page; warnings and notes are for reading. */
        boolean isError() {
            return type.equals("error") || type.equals("non-document-error");
        }

        /** The message as editors link it: {@code file:line:col: type: message}. */
        String describe(String file) {
            String kind = subType.isEmpty() ? type : type + " (" + subType + ")";
            return file + ":" + line + ":" + column + ": " + kind + ": " + message;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedValidator validator = new EmbeddedValidator();

    NuHtmlChecker() {
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    }

    /** Every message about the HTML file at {@code file}. */
    List<Message> check(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return check(in);
        }
    }

    /** Every message about an HTML document given as text. */
    List<Message> check(String html) throws IOException {
        return check(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private synchronized List<Message> check(InputStream html) throws IOException {
        String report;
        try {
            report = validator.validate(html);
        } catch (SAXException e) {
            throw new IOException("the Nu HTML Checker failed: " + e.getMessage(), e);
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : JSON.readTree(report).path("messages")) {
            messages.add(new Message(
                    message.path("type").asText(),
                    message.path("subType").asText(""),
                    message.path("lastLine").asInt(message.path("firstLine").asInt(0)),
                    message.path("firstColumn").asInt(message.path("lastColumn").asInt(0)),
                    message.path("message").asText()));
        }
        return List.copyOf(messages);
    }
}
