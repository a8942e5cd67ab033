package io.github.policyc.schema;

import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Id;
import io.github.policyc.model.Ids;
import io.github.policyc.model.Keyed;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Required;
import io.github.policyc.model.Section;
import io.github.policyc.render.json.JsonExporter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generates the JSON Schemas (draft 2020-12) of the model format from the model's records, which are
 * the schema: a component's name is its key, {@link Required} components are required, {@link Keyed}
 * lists are objects from id to entry, enums are their kebab-case names, value types with a
 * {@code parse(String)} factory are strings with the pattern {@code parse} accepts, and source
 * locations are not part of the format. Every object rejects keys it does not declare, as the loader
 * does.
 *
 * <p>There are two schemas: one of what authors write ({@code policy.yaml}, where prose may be included
 * from a file) and one of {@code policy.json} as policyc publishes it (prose inline, {@code $schema},
 * {@code contentHash} and {@code formatVersion} required).
 *
 * <p>The schemas accept what the loader accepts except in two places where they are deliberately
 * stricter: a key written with no value (which the loader takes as absent), and numbers or booleans
 * where text is expected (which the loader takes as their text, and a YAML editor would not).
 *
 * @since 0.1.0
 */
public final class SchemaGenerator {

    /** The dialect of both schemas. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** The {@code $id} of the schema of {@code policy.json}: the URL {@code policy.json} names in {@code $schema}. */
    public static final String POLICY_SCHEMA_ID = JsonExporter.SCHEMA;

    /** The {@code $id} of the schema of the model authors write, published beside {@link #POLICY_SCHEMA_ID}. */
    public static final String MODEL_SCHEMA_ID = POLICY_SCHEMA_ID.substring(0, POLICY_SCHEMA_ID.lastIndexOf('/') + 1)
            + "policy-model-" + PolicyLoader.FORMAT_VERSION + ".json";

    /** Components whose record constructor holds them to the id rule although they are neither ids nor references. */
    private static final Set<String> CHECKED_AS_IDS = Set.of(Section.class.getSimpleName() + ".id");

    private static final String DEFS = "#/$defs/";
    private static final String ID_DEF = "Id";

    private final boolean authored;
    private final Map<String, String> descriptions;
    private final Map<String, Object> defs = new LinkedHashMap<>();

    private SchemaGenerator(boolean authored, Map<String, String> descriptions) {
        this.authored = authored;
        this.descriptions = descriptions;
    }

    /** The schema of the model as authors write it, YAML or JSON, with prose inline or included. */
    public static String modelSchema() {
        return modelSchema(Descriptions.load());
    }

    /** The schema of {@code policy.json} as {@link JsonExporter} writes it. */
    public static String policySchema() {
        return policySchema(Descriptions.load());
    }

    static String modelSchema(Map<String, String> descriptions) {
        return JsonTree.write(new SchemaGenerator(true, descriptions).document());
    }

    static String policySchema(Map<String, String> descriptions) {
        return JsonTree.write(new SchemaGenerator(false, descriptions).document());
    }

    /**
     * The types whose descriptions come from their javadoc, in the order the schemas first use them: the
     * records and enums reachable from {@link PolicyModel}, and the value types with a text form.
     */
    static List<Class<?>> documentedTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(PolicyModel.class, found);
        found.remove(Prose.class); // described for authors here, not by its developer-facing javadoc
        return List.copyOf(found);
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!found.add(type) || !isObject(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (!isWritten(component)) {
                continue;
            }
            Class<?> valueType = rawType(component.getGenericType());
            if (valueType.isRecord() || valueType.isEnum()) {
                collect(valueType, found);
            }
        }
    }

    private Map<String, Object> document() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", DIALECT);
        root.put("$id", authored ? MODEL_SCHEMA_ID : POLICY_SCHEMA_ID);
        root.put("title", authored ? "policyc policy model " + PolicyLoader.FORMAT_VERSION
                : "policyc policy.json " + PolicyLoader.FORMAT_VERSION);
        root.put("description", authored
                ? describe(PolicyModel.class) + " As its authors write it: policy.yaml (or JSON), where prose may"
                        + " be included from files."
                : "policy.json as policyc publishes it: the model with its prose inline, its content hash and its"
                        + " format version. It is a valid model too.");
        root.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("$schema", authored
                ? schema("The JSON Schema the document follows; policyc ignores it.", "type", "string")
                : schema("The JSON Schema of this format.", "const", JsonExporter.SCHEMA));
        properties.put("contentHash", schema("sha256: and the hex SHA-256 of the file's UTF-8 bytes with the"
                        + " contentHash line removed" + (authored ? "; policyc ignores it when it loads a model." : "."),
                "type", "string", "pattern", "^sha256:[0-9a-f]{64}$"));
        properties.put("formatVersion", schema("The version of the format; its major number changes only for"
                + " incompatible changes.", "const", PolicyLoader.FORMAT_VERSION));
        properties.putAll(properties(PolicyModel.class));
        root.put("properties", properties);
        List<String> required = new ArrayList<>();
        if (!authored) {
            required.addAll(List.of("$schema", "contentHash", "formatVersion"));
        }
        required.addAll(required(PolicyModel.class));
        root.put("required", required);
        root.put("additionalProperties", false);
        root.put("$defs", defs);
        return root;
    }

    private Map<String, Object> properties(Class<?> record) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (isWritten(component)) {
                properties.put(component.getName(), component(record, component));
            }
        }
        return properties;
    }

    private static List<String> required(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> isWritten(c) && c.isAnnotationPresent(Required.class))
                .map(RecordComponent::getName)
                .toList();
    }

    private Map<String, Object> component(Class<?> record, RecordComponent component) {
        String key = record.getSimpleName() + "." + component.getName();
        Map<String, Object> schema = new LinkedHashMap<>();
        putDescription(schema, descriptions.get(key));
        if (component.isAnnotationPresent(Keyed.class)) {
            schema.putAll(keyed(rawType(component.getGenericType())));
        } else if (CHECKED_AS_IDS.contains(key)) {
            schema.putAll(ref(ID_DEF));
        } else {
            schema.putAll(value(component.getGenericType()));
        }
        return schema;
    }

    /** A keyed list: an object whose keys are the entries' ids, or the names of an enum of ids. */
    private Map<String, Object> keyed(Class<?> entry) {
        Class<?> idType = Arrays.stream(entry.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(Id.class))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(entry + " has no @Id component"))
                .getType();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (idType.isEnum()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Object constant : idType.getEnumConstants()) {
                Map<String, Object> property = new LinkedHashMap<>();
                putDescription(property, ((Labelled) constant).label());
                property.putAll(record(entry));
                properties.put(Labelled.yamlName((Enum<?>) constant), property);
            }
            schema.put("properties", properties);
            schema.put("additionalProperties", false);
        } else {
            schema.put("propertyNames", ref(ID_DEF));
            schema.put("additionalProperties", record(entry));
        }
        return schema;
    }

    private Map<String, Object> value(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "array");
            schema.put("items", value(parameterized.getActualTypeArguments()[0]));
            return schema;
        }
        Class<?> c = rawType(type);
        if (c == String.class) {
            return schema(null, "type", "string");
        }
        if (c == Boolean.class || c == boolean.class) {
            return schema(null, "type", "boolean");
        }
        if (c == LocalDate.class) {
            return schema(null, "type", "string", "format", "date");
        }
        if (c == Prose.class) {
            return define("Prose", this::prose);
        }
        if (c == Ref.class) {
            define(ID_DEF, this::id);
            return define("Ref", () -> schema(describe(Ref.class), "$ref", DEFS + ID_DEF));
        }
        if (c.isEnum()) {
            return define(c.getSimpleName(), () -> schema(describe(c), "type", "string", "enum",
                    Arrays.stream(c.getEnumConstants()).map(e -> Labelled.yamlName((Enum<?>) e)).toList()));
        }
        if (hasTextForm(c)) {
            return define(c.getSimpleName(), () -> schema(describe(c), "type", "string",
                    "pattern", ValuePatterns.of(c)));
        }
        if (isObject(c)) {
            return record(c);
        }
        throw new IllegalStateException("no schema for " + c.getName());
    }

    private Map<String, Object> record(Class<?> record) {
        return define(record.getSimpleName(), () -> {
            Map<String, Object> schema = schema(describe(record), "type", "object");
            schema.put("properties", properties(record));
            List<String> required = required(record);
            if (!required.isEmpty()) {
                schema.put("required", required);
            }
            schema.put("additionalProperties", false);
            return schema;
        });
    }

    private Map<String, Object> id() {
        return schema("An id, which " + Ids.RULE + ".", "type", "string", "pattern", ValuePatterns.ID);
    }

    private Map<String, Object> prose() {
        if (!authored) {
            return schema("Markdown text as its authors wrote it, directives such as {{contact dpo}} included.",
                    "type", "string");
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("type", "object");
        file.put("properties", Map.of("file", schema("The path of a Markdown file, relative to the model's"
                + " directory and inside it.", "type", "string")));
        file.put("required", List.of("file"));
        file.put("additionalProperties", false);
        return schema("Markdown text, written inline or included from a file next to the model with"
                + " {file: sections/name.md}.", "anyOf", List.of(schema(null, "type", "string"), file));
    }

    /** A reference to the definition {@code name}, which {@code definition} builds the first time. */
    private Map<String, Object> define(String name, Supplier<Map<String, Object>> definition) {
        if (!defs.containsKey(name)) {
            defs.put(name, Map.of()); // reserves the name, and its place in the order of first use
            defs.put(name, definition.get());
        }
        return ref(name);
    }

    private static Map<String, Object> ref(String name) {
        return schema(null, "$ref", DEFS + name);
    }

    private String describe(Class<?> type) {
        return descriptions.get(type.getSimpleName());
    }

    /** A schema with an optional description first, then the given keywords and values in order. */
    private static Map<String, Object> schema(String description, Object... keywordsAndValues) {
        Map<String, Object> schema = new LinkedHashMap<>();
        putDescription(schema, description);
        for (int i = 0; i < keywordsAndValues.length; i += 2) {
            schema.put((String) keywordsAndValues[i], keywordsAndValues[i + 1]);
        }
        return schema;
    }

    private static void putDescription(Map<String, Object> schema, String description) {
        if (description != null) {
            schema.put("description", description);
        }
    }

    /** Whether a type is written as an object of keys: a record that is neither text nor a reference. */
    static boolean isObject(Class<?> type) {
        return type.isRecord() && type != Ref.class && !hasTextForm(type);
    }

    /** Whether a component is a key of the format: source locations are not, and ids are keys of the list. */
    static boolean isWritten(RecordComponent component) {
        return component.getType() != Location.class && !component.isAnnotationPresent(Id.class);
    }

    /** The class of a type, or of a list's elements. */
    private static Class<?> rawType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return rawType(parameterized.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }

    /** Whether a type is written as text that its static {@code parse(String)} factory reads. */
    static boolean hasTextForm(Class<?> type) {
        try {
            Method parse = type.getMethod("parse", String.class);
            return Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
