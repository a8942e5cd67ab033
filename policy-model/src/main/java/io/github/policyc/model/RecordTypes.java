package io.github.policyc.model;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What reflection says about the model's types, read once per type and JVM for every stage that walks a
 * model generically (binding, prose walks, checks, JSON export). Reflection answers slowly and anew on
 * every call ({@code getRecordComponents} copies its components, a missing {@code parse} method is a
 * thrown exception), and the answers never change.
 *
 * @since 0.1.0
 */
public final class RecordTypes {

    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return List.of(type.getRecordComponents());
        }
    };
    private static final ClassValue<Optional<Method>> PARSERS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return Optional.ofNullable(findParser(type));
        }
    };
    private static final ClassValue<String> NOUNS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type == PolicyMeta.class ? "policy"
                    : type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        }
    };

    private RecordTypes() {
    }

    /** The components of a record type, in declaration order. */
    public static List<RecordComponent> components(Class<?> type) {
        return COMPONENTS.get(type);
    }

    /**
     * The {@code static T parse(String)} factory of a value type written as text ({@link Country},
     * {@link IsoDuration}, {@link CookieLifetime}), if it has one.
     */
    public static Optional<Method> parser(Class<?> type) {
        return PARSERS.get(type);
    }

    /** How messages name a record of the type: {@code DataCategory} is "data category", {@link PolicyMeta} "policy". */
    public static String noun(Class<?> type) {
        return NOUNS.get(type);
    }

    private static Method findParser(Class<?> type) {
        try {
            Method parse = type.getMethod("parse", String.class);
            return Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type ? parse : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
