package dev.sluice.quarantine;

import org.apache.avro.generic.GenericRecord;

import dev.sluice.avro.QuarantineRecord;

/**
 * A quarantined record prepared for review: the clear part, and the original key and value when they could be
 * shown.
 *
 * @param record        the quarantine record as stored, with the original still sealed when it was sealed
 * @param originalState whether the original was opened, is still sealed, was left out or was stored in clear
 * @param originalKey   the original key bytes, or null when the input had no key or the original is not shown
 * @param originalValue the decoded original value, or null when the original is not shown
 * @param valueSchemaId registry id of the original value's writer schema, or -1 when the original is not shown
 */
public record ReviewedRecord(QuarantineRecord record, OriginalState originalState, byte[] originalKey,
        GenericRecord originalValue, int valueSchemaId) {

    /** Value of {@link #valueSchemaId()} when no original value is shown. */
    public static final int NO_SCHEMA_ID = -1;

    /** Returns whether the original key and value are shown. */
    public boolean showsOriginal() {
        return originalValue != null;
    }
}
