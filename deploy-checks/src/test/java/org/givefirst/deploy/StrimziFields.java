package org.givefirst.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds the deprecated ({@code @Deprecated}) fields a Strimzi object sets. Strimzi deprecated in v1beta2 exactly the fields
 * that its v1 API removed (ZooKeeper, storage and replicas on the Kafka resource, ...), so a deprecated
 * field in a v1 manifest is one the cluster will refuse.
 */
final class StrimziFields {

    private StrimziFields() {
    }

    static List<String> deprecatedIn(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, model.getClass().getSimpleName(), found);
        return found.stream().distinct().toList();
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
            return;
        }
        if (!value.getClass().getName().startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!isGetter(getter)) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot read " + path + "." + getter.getName(), e);
            }
            if (child == null || (child instanceof Collection<?> c && c.isEmpty()) || (child instanceof Map<?, ?> m && m.isEmpty())) {
                continue;
            }
            String childPath = path + "." + property(getter);
            if (getter.isAnnotationPresent(Deprecated.class)) {
                found.add(childPath);
            }
            walk(child, childPath, found);
        }
    }

    private static boolean isGetter(Method method) {
        String name = method.getName();
        return method.getParameterCount() == 0 && !method.isBridge() && !method.isSynthetic() && !Modifier.isStatic(method.getModifiers())
                && (name.startsWith("get") || name.startsWith("is"))
                && !name.equals("getClass") && !name.equals("getAdditionalProperties")
                && !name.equals("getStatus") && !name.equals("getMetadata");
    }

    private static String property(Method getter) {
        String name = getter.getName().startsWith("is") ? getter.getName().substring(2) : getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
