package dev.sluice.topology;

import org.apache.avro.generic.GenericRecord;

/**
 * Reads the few top-level fields the topology itself uses (event id and project), from any record schema.
 */
final class EventFields {

    private EventFields() {
    }

    /** Returns the text of top-level field {@code name}, or null if the schema has no such field or it is null. */
    static String string(GenericRecord record, String name) {
        if (record.getSchema().getField(name) == null) {
            return null;
        }
        Object value = record.get(name);
        return value == null ? null : value.toString();
    }
}
