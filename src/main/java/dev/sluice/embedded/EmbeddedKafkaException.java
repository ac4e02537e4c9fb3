package dev.sluice.embedded;

/**
 * Signals that the embedded Kafka broker failed to start, to create topics or to stop.
 */
public final class EmbeddedKafkaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedKafkaException(String message) {
        super(message);
    }

    public EmbeddedKafkaException(String message, Throwable cause) {
        super(message, cause);
    }
}
