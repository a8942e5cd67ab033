package io.github.policyc.render.json.internal;

import io.github.policyc.model.Id;
import io.github.policyc.model.Keyed;
import io.github.policyc.model.Location;
import io.github.policyc.model.RecordTypes;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * How a record class is exported, read by reflection once per class and kept for the JVM's life: asked
 * per record, {@code getRecordComponents()} builds new component objects each time, their annotations
 * are parsed again, and {@code getMethod("parse", …)} throws for every record without a text form.
 *
 * @param components the components written, in declaration order: source locations and the {@link Id}
 *                   (the entry's key in a {@link Keyed} list) left out
 * @param id         the {@link Id} component, or {@code null} when the record has none
 * @param textForm   whether the record is a value type written as the text it parses from (it has a
 *                   {@code parse(String)} factory)
 */
public record ExportedRecord(List<Component> components, Component id, boolean textForm) {

    private static final ClassValue<ExportedRecord> OF_CLASS = new ClassValue<>() {
        @Override
        protected ExportedRecord computeValue(Class<?> type) {
            return read(type);
        }
    };

    private static final MethodType READ = MethodType.methodType(Object.class, Record.class);

    public ExportedRecord {
        components = List.copyOf(components);
    }

    /** How records of {@code type} are exported. */
    public static ExportedRecord of(Class<? extends Record> type) {
        return OF_CLASS.get(type);
    }

    /**
     * One exported component.
     *
     * @param name      its name, the key it is written under
     * @param keyed     whether it is a {@link Keyed} list, written as an object from each entry's id to the entry
     * @param declaring the record that declares it
     */
    public record Component(String name, boolean keyed, Class<?> declaring, MethodHandle accessor) {

        /** The component's value in {@code record}, which is of the declaring class. */
        public Object read(Record record) {
            try {
                return accessor.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static ExportedRecord read(Class<?> type) {
        List<Component> components = new ArrayList<>();
        Component id = null;
        for (RecordComponent component : RecordTypes.components(type)) {
            Component exported = new Component(component.getName(), component.isAnnotationPresent(Keyed.class),
                    type, accessor(component));
            if (component.isAnnotationPresent(Id.class)) {
                id = id == null ? exported : id;
            } else if (component.getType() != Location.class) {
                components.add(exported);
            }
        }
        return new ExportedRecord(components, id, RecordTypes.parser(type).isPresent());
    }

    private static MethodHandle accessor(RecordComponent component) {
        try {
            return MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(READ);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the model's records and their accessors are public: " + component, e);
        }
    }
}
