package io.github.policyc.check.internal;

import io.github.policyc.check.ProseField;
import io.github.policyc.model.Id;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.RecordTypes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Collects every piece of prose in a model with a readable name of its owner. */
public final class ProseFields {

    /**
     * What the walk needs to know of a record class, read once per class and JVM: reflection on the
     * class ({@code getRecordComponents} builds its components anew on every call) and the noun made
     * with a regular expression were 11% of the checks of a policy, for answers that never change.
     *
     * @param components its components, in order
     * @param noun       "purpose", "retention", "policy"
     * @param naming     the components whose value names a record (an {@link Id}, {@code id}, or a text
     *                   {@code name}), in order
     */
    private record Shape(List<RecordComponent> components, String noun, List<RecordComponent> naming) {

        static Shape of(Class<?> type) {
            List<RecordComponent> components = RecordTypes.components(type);
            String noun = RecordTypes.noun(type);
            List<RecordComponent> naming = components.stream().filter(component ->
                    component.isAnnotationPresent(Id.class) || component.getName().equals("id")
                            || component.getName().equals("name") && component.getType() == String.class).toList();
            return new Shape(components, noun, naming);
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private ProseFields() {
    }

    public static List<ProseField> of(PolicyModel model) {
        List<ProseField> fields = new ArrayList<>();
        for (RecordComponent component : components(PolicyModel.class)) {
            walk(read(component, model), null, component.getName(), fields);
        }
        return fields;
    }

    /** Walks a value held under {@code field} by {@code owner} ({@code null} at the model's top level). */
    private static void walk(Object node, String owner, String field, List<ProseField> out) {
        if (node instanceof Prose prose) {
            out.add(new ProseField(owner == null ? "the policy" : owner, field, prose));
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                walk(item, owner, field, out);
            }
        } else if (node instanceof Record record) {
            String name = name(record, owner);
            for (RecordComponent component : components(record.getClass())) {
                walk(read(component, record), name, component.getName(), out);
            }
        }
    }

    /** A record class's components, in order; read once per class. */
    static List<RecordComponent> components(Class<?> type) {
        return SHAPES.get(type).components();
    }

    /** "purpose 'events'", "section 'intro'", "cookie '_ga'", "retention of purpose 'events'". */
    static String name(Record record, String owner) {
        Shape shape = SHAPES.get(record.getClass());
        for (RecordComponent component : shape.naming()) {
            Object value = read(component, record);
            if (value != null) {
                String id = value instanceof Enum<?> constant ? Labelled.yamlName(constant) : value.toString();
                return shape.noun() + " '" + id + "'";
            }
        }
        return owner == null ? shape.noun() : shape.noun() + " of " + owner;
    }

    static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
