package io.github.policyc.load.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.policyc.load.LoadLimits;
import io.github.policyc.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML into a tree of {@link Node}s that keep their source positions.
 *
 * <p>Jackson's streaming parser does the YAML work; this class adds what a policy model needs on top:
 * every node's location, duplicate keys as errors (with both places), no aliases (so no
 * "billion laughs"), one document per file, bounded nesting and value length, only the standard YAML
 * tags, and a location for every error, the parser's own limits included.
 */
public final class YamlReader {

    /** Tags that only say what YAML would infer anyway; any other tag could ask for a Java type. */
    private static final Set<String> PLAIN_TAGS = Set.of("str", "int", "float", "bool", "null",
            "seq", "map");
    private static final String STANDARD_TAG_PREFIX = "tag:yaml.org,2002:";

    /**
     * The factory for the default limits, built once per JVM: a factory is thread-safe, and building one
     * per file read was 1.4% of loading a policy.
     */
    private static final YAMLFactory DEFAULT_FACTORY = factory(LoadLimits.DEFAULT);

    private final YAMLFactory factory;
    private final LoadLimits limits;
    private final Problems problems;

    public YamlReader(LoadLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
        this.factory = limits.equals(LoadLimits.DEFAULT) ? DEFAULT_FACTORY : factory(limits);
    }

    private static YAMLFactory factory(LoadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's own bound on the input, in code points; the file size check has already run.
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        return YAMLFactory.builder()
                .loaderOptions(options)
                // "key:" with nothing after it means "no value", as in YAML itself, not the empty text.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        // Jackson stops at the container that crosses the limit; read() locates it.
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxFileBytes())
                        // Not enforced for YAML by Jackson 2.23 (scalar() checks them); set for when they are.
                        .maxStringLength(limits.maxScalarChars())
                        .maxNumberLength(limits.maxScalarChars())
                        .build())
                .build();
    }

    /**
     * Parses one YAML document.
     *
     * @param file the file as shown to the user
     * @param text the file's content, line ends normalised to {@code \n}
     * @return the root node, or {@code null} when the text is not YAML (the problem is recorded)
     */
    public Node read(String file, String text) {
        Parse parse = new Parse(file, text);
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            return parse.document(parser);
        } catch (IOException e) {
            // Reading from a String cannot fail; anything else is a bug.
            throw new IllegalStateException(e);
        }
    }

    /** The state of one parse. */
    private final class Parse {
        private final String file;
        private final String text;
        private final int[] lineStarts;
        private final int problemsBefore = problems.count();
        /** The first alias, reported once with the number of the others: a "billion laughs" file has thousands. */
        private Location firstAlias;
        private String firstAliasName;
        private int moreAliases;

        Parse(String file, String text) {
            this.file = file;
            this.text = text;
            this.lineStarts = lineStarts(text);
        }

        Node document(YAMLParser parser) throws IOException {
            // SnakeYAML refuses every other control character, but reads a raw NEL as a line break: it would
            // vanish from the text and shift every line number after it.
            int nextLine = text.indexOf('\u0085');
            if (nextLine >= 0) {
                problems.add(atIndex(nextLine), "the character U+0085 is not allowed in YAML; remove it");
                return null;
            }
            try {
                if (parser.nextToken() == null) {
                    problems.add(Location.startOf(file), "the file is empty; a policy model starts with 'policy:'");
                    return null;
                }
                Node root = value(parser);
                reportAliases();
                if (parser.nextToken() != null) {
                    problems.add(documentStart(location(parser.currentTokenLocation())),
                            "a second YAML document starts here; a model file holds exactly one (remove the '---')");
                    return null;
                }
                return problems.count() == problemsBefore ? root : null;
            } catch (JsonProcessingException e) {
                reportAliases();
                // Jackson's own limits throw without a location: the token it refused is where it was crossed.
                Location at = location(e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation());
                if (e.getCause() instanceof ReaderException unreadable) {
                    problems.add(atCodePoint(unreadable.getPosition()), "the character U+"
                            + String.format(Locale.ROOT, "%04X", unreadable.getCodePoint())
                            + " is not allowed in YAML; remove it");
                    return null;
                }
                problems.add(YamlErrors.locate(e, at), YamlErrors.describe(e, limits));
                return null;
            }
        }

        private void reportAliases() {
            if (firstAlias != null) {
                problems.add(firstAlias, "YAML aliases ('*" + firstAliasName + "') are not supported; write the value out"
                        + (moreAliases == 0 ? "" : " (" + moreAliases + " more " + (moreAliases == 1 ? "alias" : "aliases")
                        + " in this file)"));
                firstAlias = null;
            }
        }

        Node value(YAMLParser parser) throws IOException {
            Location at = location(parser.currentTokenLocation());
            if (parser.isCurrentAlias()) {
                if (firstAlias == null) {
                    firstAlias = at;
                    firstAliasName = parser.getText();
                } else {
                    moreAliases++;
                }
                return null;
            }
            checkTag(parser, at);
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> mapping(parser, at);
                case START_ARRAY -> sequence(parser, at);
                case VALUE_STRING -> scalar(parser, ScalarNode.Type.STRING, at);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(parser, ScalarNode.Type.NUMBER, at);
                case VALUE_TRUE, VALUE_FALSE -> scalar(parser, ScalarNode.Type.BOOLEAN, at);
                case VALUE_NULL -> scalar(parser, ScalarNode.Type.NULL, at);
                default -> {
                    problems.add(at, "this YAML value (" + token + ") is not supported; write plain text");
                    yield null;
                }
            };
        }

        private MappingNode mapping(YAMLParser parser, Location at) throws IOException {
            List<MappingNode.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = location(parser.currentTokenLocation());
                checkLength(key, keyAt);
                checkControls(key, keyAt);
                parser.nextToken();
                Node value = value(parser);
                Location first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    problems.add(keyAt, "duplicate key '" + key + "'; it is already set at line " + first.line()
                            + " (keep one)");
                } else {
                    entries.add(new MappingNode.Entry(key, keyAt, value));
                }
            }
            return new MappingNode(entries, at);
        }

        private SequenceNode sequence(YAMLParser parser, Location at) throws IOException {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Node item = value(parser);
                if (item != null) {
                    items.add(item);
                }
            }
            return new SequenceNode(items, at);
        }

        private ScalarNode scalar(YAMLParser parser, ScalarNode.Type type, Location at) throws IOException {
            int offset = (int) parser.currentTokenLocation().getCharOffset();
            char indicator = offset >= 0 && offset < text.length() ? text.charAt(offset) : ' ';
            Location contentAt = at;
            int indent = at.column() - 1;
            if (indicator == '|' || indicator == '>') {
                // A block scalar's content starts on the next line, at the block's indentation.
                int line = at.line() + 1;
                indent = blockIndent(line);
                contentAt = new Location(file, Math.min(line, lineStarts.length), indent + 1);
            } else if (indicator == '"' || indicator == '\'') {
                contentAt = new Location(file, at.line(), at.column() + 1);
                indent = at.column();
            }
            String value = parser.getText();
            checkLength(value, at);
            checkControls(value, at);
            return new ScalarNode(value, type, at, contentAt, indent);
        }

        /** Jackson does not bound the length of YAML text, so the reader does, where the text starts. */
        private void checkLength(String value, Location at) {
            if (value != null && value.length() > limits.maxScalarChars()) {
                problems.add(at, "this value is " + value.length() + " characters long; the limit is "
                        + limits.maxScalarChars());
            }
        }

        /**
         * Records a problem where a value holds a control character ({@link SourceFiles#isControl}). SnakeYAML
         * refuses them raw, but a double-quoted scalar may write them as escapes ({@code "\x1a"},
         * {@code "\e"}, {@code "\b"}); the problem points at the first such escape, or at the value where
         * it cannot be found.
         */
        private void checkControls(String value, Location at) {
            if (value == null) {
                return;
            }
            int control = -1;
            for (int i = 0; i < value.length() && control < 0; i++) {
                if (SourceFiles.isControl(value.charAt(i))) {
                    control = value.charAt(i);
                }
            }
            if (control < 0) {
                return;
            }
            int start = indexOf(at);
            int escape = start >= 0 && text.charAt(start) == '"' ? controlEscape(start) : -1;
            if (escape >= 0) {
                problems.add(atIndex(escape), "the text holds the control character "
                        + SourceFiles.codePoint(escapedCodePoint(escape)) + " (written as an escape); remove it");
            } else {
                problems.add(at, "the text holds the control character " + SourceFiles.codePoint(control)
                        + "; remove it");
            }
        }

        /**
         * The index of the first escape that writes a control character in the double-quoted scalar whose
         * opening quote is at {@code quote}, or -1.
         */
        private int controlEscape(int quote) {
            for (int i = quote + 1; i < text.length() && text.charAt(i) != '"'; i++) {
                if (text.charAt(i) == '\\') {
                    int c = escapedCodePoint(i);
                    if (c >= 0 && SourceFiles.isControl(c)) {
                        return i;
                    }
                    i += 1 + hexDigits(i + 1 < text.length() ? text.charAt(i + 1) : ' ');
                }
            }
            return -1;
        }

        /** The character the escape at {@code backslash} writes, or -1 where it writes none or is not one. */
        private int escapedCodePoint(int backslash) {
            if (backslash + 1 >= text.length()) {
                return -1;
            }
            char kind = text.charAt(backslash + 1);
            int digits = hexDigits(kind);
            if (digits > 0) {
                int end = backslash + 2 + digits;
                if (end > text.length()) {
                    return -1;
                }
                try {
                    return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(text.substring(backslash + 2, end), 16));
                } catch (NumberFormatException e) {
                    return -1; // SnakeYAML has refused it already
                }
            }
            return switch (kind) {
                case '0' -> 0x00;
                case 'a' -> 0x07;
                case 'b' -> 0x08;
                case 't', '\t' -> 0x09;
                case 'n' -> 0x0A;
                case 'v' -> 0x0B;
                case 'f' -> 0x0C;
                case 'r' -> 0x0D;
                case 'e' -> 0x1B;
                case 'N' -> 0x85;
                default -> -1;
            };
        }

        /** The number of hexadecimal digits after an escape's letter: 2 after x, 4 after u, 8 after U, else none. */
        private static int hexDigits(char kind) {
            return kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        }

        /** The index in the text of a location the parser gave (its column counts code points), or -1. */
        private int indexOf(Location at) {
            if (at.line() > lineStarts.length) {
                return -1;
            }
            int start = lineStarts[at.line() - 1];
            int end = at.line() < lineStarts.length ? lineStarts[at.line()] : text.length();
            if (text.codePointCount(start, end) < at.column()) {
                return -1;
            }
            return text.offsetByCodePoints(start, at.column() - 1);
        }

        /** The location of the character at an index in the text, its column in code points as SnakeYAML's. */
        private Location atIndex(int index) {
            int found = Arrays.binarySearch(lineStarts, index);
            int line = found >= 0 ? found + 1 : -found - 1;
            int lineStart = lineStarts[line - 1];
            return new Location(file, line, text.codePointCount(lineStart, index) + 1);
        }

        /** The indentation of the first non-blank line from {@code line} on. */
        private int blockIndent(int line) {
            for (int l = line; l <= lineStarts.length; l++) {
                int start = lineStarts[l - 1];
                int i = start;
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                if (i < text.length() && text.charAt(i) != '\n') {
                    return i - start;
                }
            }
            return 0;
        }

        private void checkTag(YAMLParser parser, Location at) throws IOException {
            String tag = parser.getTypeId();
            if (tag == null) {
                return;
            }
            String name = tag.startsWith(STANDARD_TAG_PREFIX) ? tag.substring(STANDARD_TAG_PREFIX.length()) : null;
            if (name == null || !PLAIN_TAGS.contains(name)) {
                problems.add(at, "YAML tag '" + tag + "' is not supported; remove it");
            }
        }

        /** The location of the character at a code point offset, as SnakeYAML's reader counts. */
        private Location atCodePoint(int codePoints) {
            int index = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Location(file, line, text.codePointCount(lineStart, index) + 1);
        }

        /** The {@code ---} line that starts the document whose first node is at {@code node}, if there is one. */
        Location documentStart(Location node) {
            for (int line = node.line(); line >= 1; line--) {
                int start = lineStarts[line - 1];
                if (text.startsWith("---", start)) {
                    return new Location(file, line, 1);
                }
            }
            return node;
        }

        Location location(JsonLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return Location.startOf(file);
            }
            return new Location(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
        }
    }

    private static int[] lineStarts(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }
}
