package dev.sluice.schemaregistry;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A payload that cannot be decoded from, or encoded to, the Confluent wire format. The message never contains payload
 * content, so it is safe to log and to put in dead-letter headers.
 */
public class WireFormatException extends SerializationException {

    /** Reason that decoding or encoding failed, used as the dead-letter reason code. */
    public enum Reason {
        /** Shorter than the 5-byte header, or the first byte is not the magic byte 0. */
        NOT_WIRE_FORMAT,
        /** The registry has no schema with the id in the header. */
        UNKNOWN_SCHEMA_ID,
        /** The Avro body does not decode with the writer schema, or has bytes left over. */
        CORRUPT_AVRO,
        /** The writer schema cannot be resolved against the configured reader schema. */
        INCOMPATIBLE_SCHEMA
    }

    private final Reason reason;

    public WireFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public WireFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
