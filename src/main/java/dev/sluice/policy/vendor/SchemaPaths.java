package dev.sluice.policy.vendor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.avro.Schema;

/**
 * The paths of every value inside a record schema, in the form of {@link FieldPath}: map values appear under the key
 * {@link FieldPath#ANY_KEY}. Recursive schemas are walked once per named type on a path.
 */
final class SchemaPaths {

    private SchemaPaths() {
    }

    /** Returns the path of every field, element and map value of {@code record}. */
    static List<FieldPath> of(Schema record) {
        List<FieldPath> paths = new ArrayList<>();
        walk(record, FieldPath.of(List.of()), paths, new HashSet<>(), false);
        return paths;
    }

    /** Returns the paths whose values are strings (or nullable strings). */
    static List<FieldPath> stringLeaves(Schema record) {
        List<FieldPath> paths = new ArrayList<>();
        walk(record, FieldPath.of(List.of()), paths, new HashSet<>(), true);
        return paths;
    }

    private static void walk(Schema schema, FieldPath path, List<FieldPath> paths, Set<String> onPath,
            boolean stringsOnly) {
        switch (schema.getType()) {
            case RECORD -> {
                if (!onPath.add(schema.getFullName())) {
                    return;
                }
                for (Schema.Field field : schema.getFields()) {
                    FieldPath child = path.length() == 0 ? FieldPath.parse(field.name()) : path.child(field.name());
                    if (!stringsOnly) {
                        paths.add(child);
                    }
                    walk(field.schema(), child, paths, onPath, stringsOnly);
                }
                onPath.remove(schema.getFullName());
            }
            case ARRAY -> {
                FieldPath element = path.element();
                if (!stringsOnly) {
                    paths.add(element);
                }
                walk(schema.getElementType(), element, paths, onPath, stringsOnly);
            }
            case MAP -> {
                FieldPath value = path.child(FieldPath.ANY_KEY);
                if (!stringsOnly) {
                    paths.add(value);
                }
                walk(schema.getValueType(), value, paths, onPath, stringsOnly);
            }
            case UNION -> schema.getTypes().forEach(branch -> walk(branch, path, paths, onPath, stringsOnly));
            case STRING -> {
                if (stringsOnly) {
                    paths.add(path);
                }
            }
            default -> {
                // Numbers, booleans, enums, bytes and fixed values are leaves of the walk.
            }
        }
    }
}
