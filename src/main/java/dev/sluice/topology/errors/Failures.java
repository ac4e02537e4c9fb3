package dev.sluice.topology.errors;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Classifies exceptions by their type and causes, never by their messages.
 */
final class Failures {

    private Failures() {
    }

    /** Returns true if {@code exception} or one of its causes is a Kafka {@link RetriableException}. */
    static boolean isRetriable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
