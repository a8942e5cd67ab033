package io.github.policyc.load.internal;

import io.github.policyc.model.Prose;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Consumer;

/** Visits every piece of {@link Prose} in a model, in the order the records hold them. */
public final class ProseWalker {

    private ProseWalker() {
    }

    public static void walk(Object node, Consumer<Prose> visitor) {
        if (node instanceof Prose prose) {
            visitor.accept(prose);
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, visitor));
        } else if (node instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(read(component, record), visitor);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
