package dev.sluice.quarantine;

/**
 * The record at the requested partition and offset cannot be read: the topic, partition or offset does not exist,
 * the offset was deleted or compacted away, or the cluster did not respond in time.
 */
public final class QuarantineFetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    QuarantineFetchException(String message) {
        super(message);
    }

    QuarantineFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
