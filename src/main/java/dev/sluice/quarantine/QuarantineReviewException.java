package dev.sluice.quarantine;

/**
 * A quarantined record that cannot be reviewed. The message names the cause and never contains the original.
 */
public final class QuarantineReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Cause of a failed review. */
    public enum Cause {
        /** The quarantine topic value is not a QuarantineRecord in the Confluent wire format. */
        NOT_A_QUARANTINE_RECORD,
        /** The sealed original was sealed with a key that the reviewer keyset does not contain. */
        WRONG_KEYSET,
        /** The key id matches, but the ciphertext does not open with the record's lineage. */
        LINEAGE_MISMATCH,
        /** The sealed bytes are too short or lack the Tink key id prefix. */
        CORRUPT_SEAL,
        /** The original value is not a record in the Confluent wire format that the registry can decode. */
        UNDECODABLE_ORIGINAL,
        /** {@code original_encoding} names an encoding this version does not read. */
        UNKNOWN_ENCODING,
        /** The schema registry does not know the record's schema id, or cannot be reached. */
        REGISTRY
    }

    private final Cause cause;

    QuarantineReviewException(Cause cause, String message) {
        super(message);
        this.cause = cause;
    }

    QuarantineReviewException(Cause cause, String message, Throwable throwable) {
        super(message, throwable);
        this.cause = cause;
    }

    /** Returns the cause category; {@link #getCause()} is the underlying exception, if any. */
    public Cause reason() {
        return cause;
    }
}
