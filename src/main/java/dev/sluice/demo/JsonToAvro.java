package dev.sluice.demo;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Converts a natural JSON object (the field names of the schema as keys, plain values, no Avro union wrappers) into a
 * {@link GenericRecord}. Timestamps may be ISO-8601 strings or epoch milliseconds. Errors name the field path.
 */
final class JsonToAvro {

    private JsonToAvro() {
    }

    /** Converts {@code json}; keys listed in {@code ignoredKeys} are skipped, any other unknown key is an error. */
    static GenericRecord toRecord(JsonNode json, Schema schema, List<String> ignoredKeys) {
        return (GenericRecord) convertRecord(json, schema, "", ignoredKeys);
    }

    private static Object convert(JsonNode json, Schema schema, String path) {
        if (json == null || json.isNull()) {
            if (schema.getType() == Schema.Type.NULL || isNullable(schema)) {
                return null;
            }
            throw new IllegalArgumentException(describe(path) + " must not be null (type " + schema.getType()
                    .getName() + ")");
        }
        switch (schema.getType()) {
            case UNION:
                return convertUnion(json, schema, path);
            case RECORD:
                return convertRecord(json, schema, path, List.of());
            case ARRAY:
                return convertArray(json, schema, path);
            case MAP:
                return convertMap(json, schema, path);
            case ENUM:
                return convertEnum(json, schema, path);
            case STRING:
                require(json.isTextual(), path, "a string");
                return json.textValue();
            case LONG:
                return convertLong(json, schema, path);
            case INT:
                require(json.canConvertToInt(), path, "an integer");
                return json.intValue();
            case DOUBLE:
                require(json.isNumber(), path, "a number");
                return json.doubleValue();
            case FLOAT:
                require(json.isNumber(), path, "a number");
                return json.floatValue();
            case BOOLEAN:
                require(json.isBoolean(), path, "true or false");
                return json.booleanValue();
            default:
                throw new IllegalArgumentException(describe(path) + " has Avro type " + schema.getType().getName()
                        + ", which JSON input does not support");
        }
    }

    private static Object convertRecord(JsonNode json, Schema schema, String path, List<String> ignoredKeys) {
        require(json.isObject(), path, "a JSON object");
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
            JsonNode value = json.get(field.name());
            if (value == null) {
                if (!field.hasDefaultValue()) {
                    throw new IllegalArgumentException(describe(fieldPath) + " is missing and has no default");
                }
                record.put(field.pos(), GenericData.get().getDefaultValue(field));
            } else {
                record.put(field.pos(), convert(value, field.schema(), fieldPath));
            }
        }
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (schema.getField(name) == null && !ignoredKeys.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'" + (path.isEmpty() ? "" : " in "
                        + path) + "; " + schema.getName() + " has " + fieldNames(schema));
            }
        }
        return record;
    }

    private static Object convertUnion(JsonNode json, Schema schema, String path) {
        IllegalArgumentException last = null;
        for (Schema branch : schema.getTypes()) {
            if (branch.getType() == Schema.Type.NULL) {
                continue;
            }
            try {
                return convert(json, branch, path);
            } catch (IllegalArgumentException e) {
                last = e;
            }
        }
        throw last != null ? last : new IllegalArgumentException(describe(path) + " must be null");
    }

    private static List<Object> convertArray(JsonNode json, Schema schema, String path) {
        require(json.isArray(), path, "a JSON array");
        List<Object> items = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            items.add(convert(json.get(i), schema.getElementType(), path + "[" + i + "]"));
        }
        return new GenericData.Array<>(schema, items);
    }

    private static Map<String, Object> convertMap(JsonNode json, Schema schema, String path) {
        require(json.isObject(), path, "a JSON object");
        Map<String, Object> map = new LinkedHashMap<>();
        json.fields().forEachRemaining(entry -> map.put(entry.getKey(),
                convert(entry.getValue(), schema.getValueType(), path + "." + entry.getKey())));
        return map;
    }

    private static Object convertEnum(JsonNode json, Schema schema, String path) {
        require(json.isTextual(), path, "one of " + schema.getEnumSymbols());
        if (!schema.hasEnumSymbol(json.textValue())) {
            throw new IllegalArgumentException(describe(path) + " is '" + json.textValue() + "'; expected one of "
                    + schema.getEnumSymbols());
        }
        return new GenericData.EnumSymbol(schema, json.textValue());
    }

    private static Object convertLong(JsonNode json, Schema schema, String path) {
        LogicalType logicalType = schema.getLogicalType();
        boolean timestamp = logicalType instanceof LogicalTypes.TimestampMillis;
        if (timestamp && json.isTextual()) {
            try {
                return Instant.parse(json.textValue()).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(describe(path) + " is not an ISO-8601 instant such as "
                        + "2026-11-03T14:22:05Z");
            }
        }
        require(json.canConvertToLong(), path, timestamp ? "an ISO-8601 instant or epoch milliseconds" : "an integer");
        return json.longValue();
    }

    private static boolean isNullable(Schema schema) {
        return schema.getType() == Schema.Type.UNION
                && schema.getTypes().stream().anyMatch(branch -> branch.getType() == Schema.Type.NULL);
    }

    private static void require(boolean condition, String path, String expected) {
        if (!condition) {
            throw new IllegalArgumentException(describe(path) + " must be " + expected);
        }
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the value" : "field '" + path + "'";
    }

    private static List<String> fieldNames(Schema schema) {
        return schema.getFields().stream().map(Schema.Field::name).toList();
    }
}
