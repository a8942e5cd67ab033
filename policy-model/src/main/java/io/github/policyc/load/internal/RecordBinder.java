package io.github.policyc.load.internal;

import io.github.policyc.model.Ids;
import io.github.policyc.model.Keyed;
import io.github.policyc.model.Location;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Required;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Binds located YAML nodes to the model's records, reporting every mismatch as a {@link Problems problem}
 * with its location instead of stopping at the first.
 *
 * <p>The records are the schema: a component's name is its key, its type says what the value must be,
 * {@link Required} says it must be present, {@link Keyed} lists are written as mappings from id to entry,
 * and a {@link Location} component receives the position of the record's node. Value types with a
 * static {@code parse(String)} method (durations, countries) parse themselves and explain their
 * own syntax in the {@link IllegalArgumentException} they throw.
 *
 * <p>Binding is lenient: a broken value becomes {@code null} and the rest still binds, so that a
 * single run reports every problem in the file, references included.
 */
public final class RecordBinder {

    private final Problems problems;
    private final Includes includes;

    public RecordBinder(Problems problems, Includes includes) {
        this.problems = problems;
        this.includes = includes;
    }

    /**
     * Binds a whole document.
     *
     * @param type        the root record type
     * @param root        the document's root node
     * @param ignoredKeys keys allowed at the root that the record does not hold, such as {@code $schema}
     */
    public <T extends Record> T bindRoot(Class<T> type, Node root, Set<String> ignoredKeys) {
        return type.cast(record(type, root, root.at(), Nouns.of(type), null, ignoredKeys));
    }

    private Object record(Class<?> type, Node node, Location at, String context, Object id, Set<String> ignoredKeys) {
        MappingNode mapping;
        if (node instanceof MappingNode m) {
            mapping = m;
        } else if (node instanceof ScalarNode s && s.isNull()) {
            mapping = new MappingNode(List.of(), at);
        } else {
            problems.add(node.at(), context + " must be a mapping of keys to values, not " + node.describe());
            return null;
        }
        RecordShape shape = RecordShape.of(type);
        List<String> keys = shape.keys();
        for (MappingNode.Entry entry : mapping.entries()) {
            if (!keys.contains(entry.key()) && !ignoredKeys.contains(entry.key())) {
                String suggestion = Suggestions.closest(entry.key(), keys);
                problems.add(entry.keyAt(), context + " has unknown key '" + entry.key() + "'" + (suggestion != null
                        ? " (did you mean '" + suggestion + "'?)"
                        : "; expected one of: " + String.join(", ", keys)));
            }
        }
        List<RecordShape.Slot> slots = shape.slots();
        Object[] args = new Object[slots.size()];
        for (int i = 0; i < args.length; i++) {
            RecordShape.Slot slot = slots.get(i);
            if (slot.isLocation()) {
                args[i] = at;
            } else if (slot.isId()) {
                args[i] = id;
            } else {
                args[i] = component(slot, mapping, at, context);
            }
        }
        return construct(type, shape, args, at, context);
    }

    private Object component(RecordShape.Slot slot, MappingNode mapping, Location at, String context) {
        String key = slot.name();
        MappingNode.Entry entry = mapping.get(key);
        boolean required = slot.isRequired();
        if (entry == null) {
            if (required) {
                problems.add(at, context + " is missing required key '" + key + "'");
            }
            return empty(slot.type());
        }
        Node value = entry.value();
        if (value == null) {
            return empty(slot.type()); // broken, and already reported
        }
        if (value instanceof ScalarNode scalar && scalar.isNull()) {
            if (required) {
                problems.add(entry.keyAt(), context + ": '" + key + "' needs a value");
            }
            return empty(slot.type());
        }
        return value(slot.genericType(), slot.isKeyed(), value, context, key);
    }

    private Object value(Type type, boolean keyed, Node node, String context, String key) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Class<?> element = (Class<?>) parameterized.getActualTypeArguments()[0];
            return keyed ? keyedList(element, node, context, key) : list(element, node, context, key);
        }
        Class<?> c = (Class<?>) type;
        if (c == Prose.class) {
            return prose(node, context, key);
        }
        if (c.isRecord() && c != Ref.class && parser(c) == null) {
            return record(c, node, node.at(), Nouns.nested(c, context), null, Set.of());
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(node.at(), context + ": '" + key + "' must be " + expected(c) + ", not " + node.describe());
            return null;
        }
        return scalar(c, scalar, context, key);
    }

    private Object scalar(Class<?> type, ScalarNode scalar, String context, String key) {
        String text = scalar.text();
        if (type == String.class && WebAddresses.holdsOne(key) && WebAddresses.namesAnotherScheme(text)) {
            problems.add(scalar.at(), context + ": '" + key + "' must be a web address starting with https:// or"
                    + " http://, not '" + Messages.abbreviate(text) + "'");
            return null;
        }
        if (type == String.class) {
            return text;
        }
        if (type == Ref.class) {
            return new Ref(text, scalar.at());
        }
        if (type == Boolean.class || type == boolean.class) {
            if (scalar.type() == ScalarNode.Type.BOOLEAN && (text.equals("true") || text.equals("false"))) {
                return Boolean.valueOf(text);
            }
            problems.add(scalar.at(), context + ": '" + key + "' must be true or false, not " + scalar.describe());
            return null;
        }
        if (type == LocalDate.class) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(scalar.at(), context + ": '" + key + "' must be " + expected(type) + ", not '"
                        + Messages.abbreviate(text) + "'");
                return null;
            }
        }
        if (type.isEnum()) {
            return constant(type, scalar, context, key);
        }
        Method parser = parser(type);
        if (parser != null) {
            try {
                return parser.invoke(null, text);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException invalid) {
                    problems.add(scalar.at(), context + ": '" + key + "' must be " + invalid.getMessage() + ", not '"
                            + Messages.abbreviate(text) + "'");
                    return null;
                }
                throw new IllegalStateException("parsing " + type.getSimpleName() + " failed", e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no binding for " + type);
    }

    private Object constant(Class<?> type, ScalarNode scalar, String context, String key) {
        List<String> names = RecordShape.enumNames(type);
        int index = names.indexOf(scalar.text());
        if (index >= 0) {
            return type.getEnumConstants()[index];
        }
        problems.add(scalar.at(), context + ": '" + key + "' must be one of " + String.join(", ", names) + ", not '"
                + Messages.abbreviate(scalar.text()) + "'" + Suggestions.didYouMean(scalar.text(), names));
        return null;
    }

    private Prose prose(Node node, String context, String key) {
        if (node instanceof ScalarNode scalar) {
            return scalar.toProse();
        }
        if (node instanceof MappingNode mapping && mapping.entries().size() == 1
                && mapping.get("file") != null && mapping.get("file").value() instanceof ScalarNode file) {
            return includes.read(file);
        }
        problems.add(node.at(), context + ": '" + key + "' must be " + expected(Prose.class) + ", not "
                + node.describe());
        return null;
    }

    private List<Object> list(Class<?> element, Node node, String context, String key) {
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(node.at(), context + ": '" + key + "' must be a list, not " + node.describe());
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Node item = sequence.items().get(i);
            Object value = element.isRecord() && element != Ref.class && parser(element) == null
                    ? record(element, item, item.at(), Nouns.item(element, item, i), null, Set.of())
                    : value(element, false, item, context, key);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    private List<Object> keyedList(Class<?> element, Node node, String context, String key) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node.at(), context + ": '" + key + "' must be a mapping from id to entry, not "
                    + node.describe());
            return List.of();
        }
        RecordShape.Slot idComponent = RecordShape.of(element).slots().stream()
                .filter(RecordShape.Slot::isId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(element + " has no @Id component"));
        List<Object> items = new ArrayList<>();
        for (MappingNode.Entry entry : mapping.entries()) {
            Object id = entry.key();
            if (!idComponent.type().isEnum() && !Ids.isValid(entry.key())) {
                problems.add(entry.keyAt(), Nouns.of(element) + " id '" + Messages.abbreviate(entry.key()) + "' "
                        + Ids.RULE);
                continue;
            }
            if (idComponent.type().isEnum()) {
                id = constant(idComponent.type(),
                        new ScalarNode(entry.key(), ScalarNode.Type.STRING, entry.keyAt(), entry.keyAt(), 0),
                        context, key);
                if (id == null) {
                    continue;
                }
            }
            Object value = record(element, entry.value() == null
                            ? new ScalarNode("", ScalarNode.Type.NULL, entry.keyAt(), entry.keyAt(), 0)
                            : entry.value(),
                    entry.keyAt(), Nouns.of(element) + " '" + entry.key() + "'", id, Set.of());
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    private Object construct(Class<?> type, RecordShape shape, Object[] args, Location at, String context) {
        try {
            return shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                problems.add(at, context + ": " + invalid.getMessage());
                return null;
            }
            if (e.getCause() instanceof NullPointerException) {
                // A required value was broken and already reported; the record cannot be built.
                return null;
            }
            throw new IllegalStateException("constructing " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        return type == boolean.class ? Boolean.FALSE : null;
    }

    /** The static {@code parse(String)} factory of a value type, or {@code null}. */
    private static Method parser(Class<?> type) {
        return RecordShape.parser(type);
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type == Ref.class) {
            return type == Ref.class ? "an id" : "text";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD, such as 2024-03-01";
        }
        if (type == Prose.class) {
            return "Markdown text, or {file: path/to/file.md}";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", RecordShape.enumNames(type));
        }
        if (type.isRecord() && parser(type) == null) {
            return "a mapping of keys to values";
        }
        return "text";
    }
}
