package dev.sluice.topology.errors;

import org.apache.kafka.common.errors.RetriableException;

import dev.sluice.schemaregistry.SchemaRegistryException;

/**
 * Classifies exceptions by their type and causes, never by their messages.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * Returns true if {@code exception} is not caused by the record itself: a retriable Kafka error, or a schema
     * registry that cannot be reached, rejects Sluice's credentials or responds outside its documented API. Such a
     * failure would send every following record to the dead-letter topic too, so the task fails instead and the
     * record is retried after a restart.
     */
    public static boolean isNotAboutTheRecord(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
            if (cause instanceof SchemaRegistryException registry
                    && registry.kind() != SchemaRegistryException.Kind.INVALID_SCHEMA
                    && registry.kind() != SchemaRegistryException.Kind.INCOMPATIBLE_SCHEMA) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
