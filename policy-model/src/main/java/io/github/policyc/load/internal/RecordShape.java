package io.github.policyc.load.internal;

import io.github.policyc.model.Id;
import io.github.policyc.model.Keyed;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Location;
import io.github.policyc.model.RecordTypes;
import io.github.policyc.model.Required;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link RecordBinder} needs to know about a record type: its components with their annotations,
 * the keys a user writes, its constructor. Reflection answers each of these slowly (a copy of every
 * array, an annotation lookup, a thrown {@link NoSuchMethodException}), and the answers never change, so
 * they are worked out once per type and JVM.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };
    private static final ClassValue<List<String>> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> Labelled.yamlName((Enum<?>) c)).toList();
        }
    };

    /** One component of the record, with what its annotations say. */
    record Slot(String name, Class<?> type, Type genericType, boolean isLocation,
                boolean isId, boolean isRequired, boolean isKeyed) {

        /** Whether the user writes this component as a key; the location and the id come from elsewhere. */
        boolean isWritten() {
            return !isLocation && !isId;
        }
    }

    private final List<Slot> slots;
    private final List<String> keys;
    private final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        List<RecordComponent> components = RecordTypes.components(type);
        this.slots = components.stream().map(c -> new Slot(c.getName(), c.getType(), c.getGenericType(),
                c.getType() == Location.class, c.isAnnotationPresent(Id.class), c.isAnnotationPresent(Required.class),
                c.isAnnotationPresent(Keyed.class))).toList();
        this.keys = slots.stream().filter(Slot::isWritten).map(Slot::name).toList();
        try {
            this.constructor = type.getDeclaredConstructor(
                    components.stream().map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /** The components, in declaration order. */
    List<Slot> slots() {
        return slots;
    }

    /** The keys a user may write, in declaration order. */
    List<String> keys() {
        return keys;
    }

    Constructor<?> constructor() {
        return constructor;
    }

    /** The static {@code parse(String)} factory of a value type, or {@code null}. */
    static Method parser(Class<?> type) {
        return RecordTypes.parser(type).orElse(null);
    }

    /** The names a user writes for the constants of an enum, in declaration order. */
    static List<String> enumNames(Class<?> type) {
        return ENUM_NAMES.get(type);
    }
}
