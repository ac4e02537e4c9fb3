package dev.sluice.schemaregistry;

import org.apache.avro.Schema;

/**
 * The part of Confluent's Schema Registry API that Sluice's serdes need. Implementations cache and are thread-safe.
 */
public interface SchemaRegistryClient {

    /** Registers {@code schema} under {@code subject}, or finds it if already registered, and returns its global id. */
    int register(String subject, Schema schema);

    /**
     * Returns the schema with the global {@code id}.
     *
     * @throws WireFormatException with reason {@link WireFormatException.Reason#UNKNOWN_SCHEMA_ID} if no schema has it
     */
    Schema schemaById(int id);

    /** Returns the id and schema of the latest version registered under {@code subject}. */
    RegisteredSchema latest(String subject);

    /**
     * Returns the global id of {@code schema} if it is registered under {@code subject}, without registering it.
     *
     * @throws SchemaRegistryException with kind {@link SchemaRegistryException.Kind#SUBJECT_NOT_FOUND} or
     *     {@link SchemaRegistryException.Kind#SCHEMA_NOT_FOUND} if it is not registered there
     */
    int lookupId(String subject, Schema schema);

    /**
     * Returns whether {@code schema} is compatible with the latest version under {@code subject}, by the subject's
     * compatibility level. Returns true when the subject has no versions.
     */
    boolean isCompatible(String subject, Schema schema);

    /** A schema with its global id and its version under one subject. */
    record RegisteredSchema(int id, int version, Schema schema) {
    }
}
