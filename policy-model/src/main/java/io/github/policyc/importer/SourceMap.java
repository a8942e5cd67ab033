package io.github.policyc.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.policyc.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the text of an imported model came from: for each line of the generated files that holds
 * imported text, the places in the original document its characters were copied from. It is written
 * beside the model as {@value #FILE_NAME}, and checks use it to report findings at the lines of the
 * original.
 *
 * <p>The JSON form:
 * <pre>{@code
 * {
 *   "formatVersion": "1.0",
 *   "original": "../../privacy-policy.txt",
 *   "files": {
 *     "sections/introduction.md": {
 *       "1": ["a41f02c7", [1, 8, 1, 75]],
 *       ...
 * }}}
 * }</pre>
 * {@code original} is the original document, relative to the model's directory (or absolute). Each file
 * maps a generated line number to the first 8 hex digits of the SHA-256 of that line's text, then its
 * segments {@code [column, originalLine, originalColumn, length]}: from {@code column} on, the line's
 * characters are the original's from {@code originalLine:originalColumn} on, {@code length} of them one for
 * one (except that a space may stand for a run of white space, such as a tab or a line end, at whose
 * start it points); a length of 0 marks generated text that stands for the original at that place, such as a
 * directive written for an email address, or a section's id. Lines and columns are 1-based; columns
 * count UTF-16 code units. A line whose text no longer has its hash was edited after the import and is
 * not mapped.
 *
 * @param original the original document, relative to the model's directory or absolute, {@code /}-separated
 * @param files    for each generated file, relative to the model's directory, its mapped lines in order
 * @since 0.1.0
 */
public record SourceMap(String original, Map<String, List<Line>> files) {

    /** The file name of a source map beside {@code policy.yaml}. */
    public static final String FILE_NAME = "policyc-sourcemap.json";

    /** The version of the JSON form. */
    public static final String FORMAT_VERSION = "1.0";

    private static final JsonFactory JSON = new JsonFactory();

    public SourceMap {
        Objects.requireNonNull(original, "original");
        Map<String, List<Line>> copy = new LinkedHashMap<>();
        files.forEach((file, lines) -> copy.put(file, List.copyOf(lines)));
        files = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * One mapped line of a generated file.
     *
     * @param line     the 1-based line number
     * @param hash     the first 8 hex digits of the SHA-256 of the line's text, as generated
     * @param segments its segments, by column
     */
    public record Line(int line, String hash, List<Segment> segments) {

        public Line {
            segments = List.copyOf(segments);
            if (line < 1 || segments.isEmpty()) {
                throw new IllegalArgumentException("a mapped line has a positive number and at least one segment");
            }
        }

        /**
         * Where a column of this line came from.
         *
         * @return the original line and column, as {@code int[2]}
         */
        int[] locate(int column) {
            Segment segment = segments.get(0);
            for (Segment s : segments) {
                if (s.column() <= column) {
                    segment = s;
                }
            }
            if (column < segment.column() || segment.length() == 0) {
                return new int[] {segment.originalLine(), segment.originalColumn()};
            }
            int offset = Math.min(column - segment.column(), segment.length() - 1);
            return new int[] {segment.originalLine(), segment.originalColumn() + offset};
        }
    }

    /**
     * A run of a line's characters and where it came from.
     *
     * @param column         the 1-based column where the run starts in the generated line
     * @param originalLine   the 1-based line in the original where it came from
     * @param originalColumn the 1-based column there
     * @param length         how many characters are copied one for one; 0 for generated text that stands
     *                       for the original at that place
     */
    public record Segment(int column, int originalLine, int originalColumn, int length) {

        public Segment {
            if (column < 1 || originalLine < 1 || originalColumn < 1 || length < 0) {
                throw new IllegalArgumentException("segment positions are 1-based and lengths not negative");
            }
        }
    }

    /** This map, naming the original differently, as when it is written to another directory. */
    public SourceMap withOriginal(String original) {
        return new SourceMap(original, files);
    }

    /**
     * Where a position in a generated file came from in the original.
     *
     * @param file     the generated file, relative to the model's directory
     * @param line     the 1-based line
     * @param column   the 1-based column
     * @param lineText the line's text as it is now, to tell whether it was edited since the import
     * @return the original line and column, or empty when the line is not mapped or was edited
     */
    public Optional<Location> locate(String file, int line, int column, String lineText) {
        List<Line> lines = files.get(file);
        if (lines == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = lines.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Line candidate = lines.get(middle);
            if (candidate.line() < line) {
                low = middle + 1;
            } else if (candidate.line() > line) {
                high = middle - 1;
            } else {
                if (!candidate.hash().equals(hash(lineText))) {
                    return Optional.empty();
                }
                int[] at = candidate.locate(column);
                return Optional.of(new Location(original, at[0], at[1]));
            }
        }
        return Optional.empty();
    }

    /** The hash a mapped line carries: the first 8 hex digits of the SHA-256 of its UTF-8 text. */
    public static String hash(String lineText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(lineText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The JSON form, one mapped line per line, byte-identical for the same map. */
    public String toJson() {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"formatVersion\": ").append(string(FORMAT_VERSION)).append(",\n");
        json.append("  \"original\": ").append(string(original)).append(",\n");
        json.append("  \"files\": {");
        int f = 0;
        for (Map.Entry<String, List<Line>> file : files.entrySet()) {
            json.append(f++ == 0 ? "\n" : ",\n").append("    ").append(string(file.getKey())).append(": {");
            int l = 0;
            for (Line line : file.getValue()) {
                json.append(l++ == 0 ? "\n" : ",\n").append("      \"").append(line.line()).append("\": [")
                        .append(string(line.hash()));
                for (Segment s : line.segments()) {
                    json.append(", [").append(s.column()).append(", ").append(s.originalLine()).append(", ")
                            .append(s.originalColumn()).append(", ").append(s.length()).append(']');
                }
                json.append(']');
            }
            json.append(l == 0 ? "}" : "\n    }");
        }
        json.append(f == 0 ? "}\n}\n" : "\n  }\n}\n");
        return json.toString();
    }

    /**
     * Reads the JSON form.
     *
     * @throws IllegalArgumentException when the text is not a source map of this version, saying why
     */
    public static SourceMap parse(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, "a JSON object");
            String version = null;
            String original = null;
            Map<String, List<Line>> files = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "formatVersion" -> version = parser.getValueAsString();
                    case "original" -> original = parser.getValueAsString();
                    case "files" -> files(parser, files);
                    default -> parser.skipChildren();
                }
                expect(value != null, "a value for '" + key + "'");
            }
            expect(FORMAT_VERSION.equals(version), "formatVersion \"" + FORMAT_VERSION + "\"");
            expect(original != null, "the original document's path in 'original'");
            return new SourceMap(original, files);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a String cannot fail", e);
        }
    }

    private static void files(JsonParser parser, Map<String, List<Line>> files) throws IOException {
        expect(parser.currentToken() == JsonToken.START_OBJECT, "'files' to be an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String file = parser.currentName();
            expect(parser.nextToken() == JsonToken.START_OBJECT, "the lines of '" + file + "' to be an object");
            List<Line> lines = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int number = number(parser.currentName());
                expect(parser.nextToken() == JsonToken.START_ARRAY, "line " + number + " to be an array");
                expect(parser.nextToken() == JsonToken.VALUE_STRING, "line " + number + " to start with its hash");
                String hash = parser.getText();
                List<Segment> segments = new ArrayList<>();
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    int[] values = new int[4];
                    for (int i = 0; i < 4; i++) {
                        expect(parser.nextToken() == JsonToken.VALUE_NUMBER_INT, "four numbers in each segment");
                        values[i] = parser.getIntValue();
                    }
                    expect(parser.nextToken() == JsonToken.END_ARRAY, "four numbers in each segment");
                    segments.add(new Segment(values[0], values[1], values[2], values[3]));
                }
                lines.add(new Line(number, hash, segments));
            }
            lines.sort(java.util.Comparator.comparingInt(Line::line));
            files.put(file, lines);
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected line numbers as keys, not '" + text + "'");
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("expected " + what);
        }
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
