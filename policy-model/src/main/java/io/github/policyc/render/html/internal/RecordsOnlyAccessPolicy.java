package io.github.policyc.render.html.internal;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Lets templates read the components of records and nothing else: no other methods, no fields, no
 * constructors. Templates, including users' own, see data, never Java.
 */
public final class RecordsOnlyAccessPolicy implements MemberAccessPolicy {

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return contextClass.isRecord() && method.getDeclaringClass() == contextClass
                        && method.getParameterCount() == 0
                        && Arrays.stream(contextClass.getRecordComponents())
                        .map(RecordComponent::getAccessor)
                        .anyMatch(method::equals);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }
}
