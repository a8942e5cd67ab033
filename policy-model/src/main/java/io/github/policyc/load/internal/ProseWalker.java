package io.github.policyc.load.internal;

import io.github.policyc.model.Prose;
import io.github.policyc.model.RecordTypes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Visits every piece of {@link Prose} in a model, in the order the records hold them. */
public final class ProseWalker {

    /**
     * The accessors of the components of each record type that can lead to prose, worked out once per
     * type: a model holds thousands of locations, references and texts that cannot, and reading each
     * by reflection cost more than the visit itself.
     */
    private static final ClassValue<List<Method>> PROSE_HOLDERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return RecordTypes.components(type).stream()
                    .filter(component -> mayHoldProse(component.getGenericType(), new ArrayDeque<>()))
                    .map(RecordComponent::getAccessor)
                    .toList();
        }
    };

    private ProseWalker() {
    }

    public static void walk(Object node, Consumer<Prose> visitor) {
        if (node instanceof Prose prose) {
            visitor.accept(prose);
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, visitor));
        } else if (node instanceof Record record) {
            for (Method accessor : PROSE_HOLDERS.get(record.getClass())) {
                walk(read(accessor, record), visitor);
            }
        }
    }

    /**
     * Whether a value of a declared type can be, or hold, prose that {@link #walk} would reach. Types it
     * cannot tell (interfaces, open classes, a record that holds itself) count as holding prose.
     */
    static boolean mayHoldProse(Type type, Deque<Class<?>> enclosing) {
        if (type instanceof ParameterizedType parameterized) {
            if (parameterized.getRawType() == List.class) {
                return mayHoldProse(parameterized.getActualTypeArguments()[0], enclosing);
            }
            return mayHoldProse(parameterized.getRawType(), enclosing);
        }
        if (!(type instanceof Class<?> c) || type instanceof WildcardType) {
            return true;
        }
        if (c == Prose.class || List.class.isAssignableFrom(c) || c.isInterface() || c == Object.class) {
            return true;
        }
        if (c.isRecord()) {
            if (enclosing.contains(c)) {
                return true;
            }
            enclosing.push(c);
            boolean holds = RecordTypes.components(c).stream()
                    .anyMatch(component -> mayHoldProse(component.getGenericType(), enclosing));
            enclosing.pop();
            return holds;
        }
        return !(c.isPrimitive() || c.isEnum() || Modifier.isFinal(c.getModifiers()));
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
