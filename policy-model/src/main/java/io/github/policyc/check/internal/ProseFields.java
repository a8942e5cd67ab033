package io.github.policyc.check.internal;

import io.github.policyc.check.ProseField;
import io.github.policyc.model.Id;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.PolicyMeta;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects every piece of prose in a model with a readable name of its owner. */
public final class ProseFields {

    private ProseFields() {
    }

    public static List<ProseField> of(PolicyModel model) {
        List<ProseField> fields = new ArrayList<>();
        for (RecordComponent component : PolicyModel.class.getRecordComponents()) {
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
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(read(component, record), name, component.getName(), out);
            }
        }
    }

    /** "purpose 'events'", "section 'intro'", "cookie '_ga'", "retention of purpose 'events'". */
    static String name(Record record, String owner) {
        String noun = record instanceof PolicyMeta ? "policy"
                : record.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            boolean naming = component.isAnnotationPresent(Id.class) || component.getName().equals("id")
                    || component.getName().equals("name") && component.getType() == String.class;
            Object value = naming ? read(component, record) : null;
            if (value != null) {
                String id = value instanceof Enum<?> constant ? Labelled.yamlName(constant) : value.toString();
                return noun + " '" + id + "'";
            }
        }
        return owner == null ? noun : noun + " of " + owner;
    }

    static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
