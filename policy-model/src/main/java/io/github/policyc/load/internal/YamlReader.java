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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into a tree of {@link Node}s that keep their source positions.
 *
 * <p>Jackson's streaming parser does the YAML work; this class adds what a policy model needs on top:
 * every node's location, duplicate keys as errors (with both places), no aliases (so no
 * "billion laughs"), one document per file, bounded nesting, and only the standard YAML tags.
 */
public final class YamlReader {

    /** Tags that only say what YAML would infer anyway; any other tag could ask for a Java type. */
    private static final Set<String> PLAIN_TAGS = Set.of("str", "int", "float", "bool", "null",
            "seq", "map");
    private static final String STANDARD_TAG_PREFIX = "tag:yaml.org,2002:";

    private final YAMLFactory factory;
    private final LoadLimits limits;
    private final Problems problems;

    public YamlReader(LoadLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                // "key:" with nothing after it means "no value", as in YAML itself, not the empty text.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        // Our own depth check reports a location; Jackson's is the backstop.
                        .maxNestingDepth(limits.maxDepth() + 8)
                        .maxDocumentLength(limits.maxFileBytes())
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
            if (parser.nextToken() == null) {
                problems.add(Location.startOf(file), "the file is empty; a policy model starts with 'policy:'");
                return null;
            }
            Node root = parse.value(parser, 1);
            if (parser.nextToken() != null) {
                problems.add(parse.documentStart(parse.location(parser.currentTokenLocation())),
                        "a second YAML document starts here; a model file holds exactly one (remove the '---')");
                return null;
            }
            return problems.count() == parse.problemsBefore ? root : null;
        } catch (Abandoned e) {
            return null;
        } catch (JsonProcessingException e) {
            problems.add(YamlErrors.locate(e, parse.location(e.getLocation())), YamlErrors.describe(e));
            return null;
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

        Parse(String file, String text) {
            this.file = file;
            this.text = text;
            this.lineStarts = lineStarts(text);
        }

        Node value(YAMLParser parser, int depth) throws IOException {
            Location at = location(parser.currentTokenLocation());
            if (parser.isCurrentAlias()) {
                problems.add(at, "YAML aliases ('*" + parser.getText() + "') are not supported; write the value out");
                return null;
            }
            checkTag(parser, at);
            JsonToken token = parser.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > limits.maxDepth()) {
                problems.add(at, "the YAML is nested more than " + limits.maxDepth() + " levels deep");
                throw new Abandoned();
            }
            return switch (token) {
                case START_OBJECT -> mapping(parser, depth, at);
                case START_ARRAY -> sequence(parser, depth, at);
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

        private MappingNode mapping(YAMLParser parser, int depth, Location at) throws IOException {
            List<MappingNode.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = location(parser.currentTokenLocation());
                parser.nextToken();
                Node value = value(parser, depth + 1);
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

        private SequenceNode sequence(YAMLParser parser, int depth, Location at) throws IOException {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Node item = value(parser, depth + 1);
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
            return new ScalarNode(parser.getText(), type, at, contentAt, indent);
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

    /** Stops a parse that is not worth continuing, such as one nested deeper than the limit. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
