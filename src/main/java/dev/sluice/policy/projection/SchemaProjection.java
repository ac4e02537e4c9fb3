package dev.sluice.policy.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

import dev.sluice.policy.vendor.FieldAction;
import dev.sluice.policy.vendor.FieldPath;
import dev.sluice.policy.vendor.FieldRule;
import dev.sluice.policy.vendor.VendorPolicy;

/**
 * Derives the schema a vendor receives from the input schema and the vendor's policy. Fields the policy drops are
 * gone, and so are records and arrays with nothing left inside. Fields that are hashed or tokenized whole become
 * strings, nullable if they were. Works on any Avro schema: nested records, arrays, maps, unions, enums and logical
 * types. The input schema is not modified.
 */
public final class SchemaProjection {

    private final VendorPolicy policy;
    private final Map<String, Schema> projectedRecords = new HashMap<>();

    private SchemaProjection(VendorPolicy policy) {
        this.policy = policy;
    }

    /**
     * Returns the vendor's schema for records of {@code input}.
     *
     * @throws IllegalArgumentException if the policy leaves no field of the input, naming the top-level fields
     */
    public static Schema project(Schema input, VendorPolicy policy) {
        if (input.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("vendor policies apply to record schemas, not to " + input.getType());
        }
        Optional<Schema> projected = new SchemaProjection(policy).project(input, FieldPath.of(List.of()));
        return projected.orElseThrow(() -> new IllegalArgumentException("policy of " + policy.vendor()
                + " keeps no field of " + input.getFullName() + "; its fields are " + fieldNames(input)));
    }

    private Optional<Schema> project(Schema schema, FieldPath path) {
        return switch (schema.getType()) {
            case RECORD -> projectRecord(schema, path);
            case ARRAY -> project(schema.getElementType(), path.element()).map(Schema::createArray);
            case MAP -> keepsAnything(path)
                    ? project(schema.getValueType(), path.child(FieldPath.ANY_KEY)).map(Schema::createMap)
                    : Optional.empty();
            case UNION -> projectUnion(schema, path);
            case NULL -> Optional.of(schema);
            default -> projectLeaf(schema, path);
        };
    }

    private Optional<Schema> projectRecord(Schema record, FieldPath path) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : record.getFields()) {
            Optional<Schema> projected = project(field.schema(), path.length() == 0
                    ? FieldPath.parse(field.name()) : path.child(field.name()));
            projected.ifPresent(schema -> fields.add(copyField(field, schema)));
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Schema projected = Schema.createRecord(uniqueName(record, fields), record.getDoc(), record.getNamespace(),
                record.isError(), fields);
        return Optional.of(projected);
    }

    private Optional<Schema> projectUnion(Schema union, FieldPath path) {
        List<Schema> branches = new ArrayList<>();
        boolean anyValue = false;
        for (Schema branch : union.getTypes()) {
            Optional<Schema> projected = project(branch, path);
            if (projected.isPresent() && !branches.contains(projected.get())) {
                branches.add(projected.get());
                anyValue |= branch.getType() != Schema.Type.NULL;
            }
        }
        return anyValue ? Optional.of(Schema.createUnion(branches)) : Optional.empty();
    }

    private Optional<Schema> projectLeaf(Schema leaf, FieldPath path) {
        FieldAction action = policy.actionFor(path);
        return switch (action) {
            case DROP -> Optional.empty();
            case HASH, TOKENIZE -> Optional.of(Schema.create(Schema.Type.STRING));
            case SCAN, PASS -> Optional.of(leaf);
        };
    }

    /** Returns whether the policy keeps {@code path} itself or names something below it. */
    private boolean keepsAnything(FieldPath path) {
        if (policy.actionFor(path) != FieldAction.DROP) {
            return true;
        }
        for (FieldRule rule : policy.fields()) {
            if (rule.action() != FieldAction.DROP && rule.path().mayMatchBelow(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the record's name, or the name with a numeric suffix when a record of that name with other fields was
     * already projected: one Avro schema cannot define a name twice.
     */
    private String uniqueName(Schema record, List<Schema.Field> fields) {
        String name = record.getName();
        for (int suffix = 2; ; suffix++) {
            String fullName = record.getNamespace() == null ? name : record.getNamespace() + "." + name;
            Schema existing = projectedRecords.get(fullName);
            if (existing == null) {
                projectedRecords.put(fullName, Schema.createRecord(name, null, record.getNamespace(), false,
                        copies(fields)));
                return name;
            }
            if (existing.getFields().equals(fields)) {
                return name;
            }
            name = record.getName() + "_" + suffix;
        }
    }

    private static List<Schema.Field> copies(List<Schema.Field> fields) {
        return fields.stream().map(field -> copyField(field, field.schema())).toList();
    }

    private static Schema.Field copyField(Schema.Field field, Schema schema) {
        Object defaultValue = schema.equals(field.schema()) && field.hasDefaultValue() ? field.defaultVal() : null;
        if (defaultValue == null && schema.getType() == Schema.Type.UNION
                && schema.getTypes().get(0).getType() == Schema.Type.NULL) {
            defaultValue = JsonProperties.NULL_VALUE;
        }
        Schema.Field copy = new Schema.Field(field.name(), schema, field.doc(), defaultValue, field.order());
        field.aliases().forEach(copy::addAlias);
        return copy;
    }

    private static List<String> fieldNames(Schema record) {
        return record.getFields().stream().map(Schema.Field::name).toList();
    }
}
