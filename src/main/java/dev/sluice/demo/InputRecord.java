package dev.sluice.demo;

import java.util.Map;

import org.apache.avro.generic.GenericRecord;

/**
 * One record the demo produces to the input topic: either an event to encode in the wire format, or raw bytes that
 * are deliberately not a valid encoding, or a null value (a tombstone).
 *
 * @param key     raw key, or null
 * @param event   event to encode; null for raw and tombstone records
 * @param raw     bytes to send as they are; null for events and tombstones
 * @param headers record headers as UTF-8 strings
 * @param source  where the record came from, for error messages, for example {@code events.jsonl:12}
 */
public record InputRecord(byte[] key, GenericRecord event, byte[] raw, Map<String, String> headers, String source) {

    public InputRecord {
        headers = Map.copyOf(headers);
    }

    public boolean isTombstone() {
        return event == null && raw == null;
    }
}
