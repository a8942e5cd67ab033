package io.github.policyc.load.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.policyc.load.LoadLimits;
import io.github.policyc.model.Location;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the YAML parser's exceptions into one-line problems at the place the parser got stuck,
 * with the usual cause spelled out where the parser's own words are cryptic.
 */
final class YamlErrors {

    private YamlErrors() {
    }

    /** Where the problem is: SnakeYAML's problem mark when there is one, else Jackson's location. */
    static Location locate(JsonProcessingException e, Location fallback) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return new Location(fallback.file(), mark.getLine() + 1, mark.getColumn() + 1);
        }
        return fallback;
    }

    /** What went wrong, in one line. */
    static String describe(JsonProcessingException e, LoadLimits limits) {
        if (e instanceof StreamConstraintsException) {
            return constraint(firstLine(e.getOriginalMessage()), limits);
        }
        if (!(e.getCause() instanceof MarkedYAMLException marked)) {
            String message = firstLine(e.getOriginalMessage());
            if (message.startsWith("Expected a field name")) {
                return "only plain text keys are allowed in a mapping";
            }
            return "invalid YAML: " + message;
        }
        String problem = firstLine(marked.getProblem());
        String context = marked.getContext() == null ? "" : firstLine(marked.getContext());
        Mark contextMark = marked.getContextMark();
        String since = contextMark == null ? "" : " (started at line " + (contextMark.getLine() + 1) + ")";
        if (problem.startsWith("mapping values are not allowed")) {
            return "a ':' is not allowed here; check this line's indentation, or quote a value that holds ': '";
        }
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            return "a tab character cannot indent YAML; indent with spaces";
        }
        if (context.startsWith("while scanning a quoted scalar")) {
            return "quoted text is never closed" + since + "; add the closing quote";
        }
        if (context.startsWith("while parsing a flow sequence")) {
            return "a list in [ ] is not closed" + since + "; add the ']' or a ','";
        }
        if (context.startsWith("while parsing a flow mapping")) {
            return "a mapping in { } is not closed" + since + "; add the '}' or a ','";
        }
        if (problem.startsWith("expected <block end>")) {
            return "this line's indentation does not fit the lines above it" + since;
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "a key is missing its ':'" + since;
        }
        return "invalid YAML: " + problem + (context.isEmpty() ? "" : " " + context + since);
    }

    /** One of Jackson's {@code StreamReadConstraints} was crossed: say which, in the model's terms. */
    private static String constraint(String message, LoadLimits limits) {
        if (message.startsWith("Document nesting depth")) {
            return "the YAML is nested more than " + limits.maxDepth() + " levels deep";
        }
        if (message.startsWith("Document length")) {
            return "the file is longer than " + limits.maxFileBytes() + " characters, the limit";
        }
        if (message.startsWith("String value length") || message.startsWith("Number value length")
                || message.startsWith("Name length")) {
            return "a value is longer than " + limits.maxScalarChars() + " characters, the limit";
        }
        return "the YAML exceeds a size limit: " + message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
