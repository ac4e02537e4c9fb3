package dev.sluice.schemaregistry;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A failed Schema Registry request. The kind comes from the Confluent error code in the response body, or from the
 * transport when no response arrived.
 */
public class SchemaRegistryException extends SerializationException {

    /** Failure category, from the Confluent {@code error_code} or the HTTP status. */
    public enum Kind {
        /** Error code 40401: the subject has no versions. */
        SUBJECT_NOT_FOUND,
        /** Error code 40402: the subject has no such version. */
        VERSION_NOT_FOUND,
        /** Error code 40403: the schema is not registered (under the subject, for a lookup). */
        SCHEMA_NOT_FOUND,
        /** Error code 42201: the registry cannot parse the schema. */
        INVALID_SCHEMA,
        /** HTTP 409: the schema is not compatible with earlier versions under the subject. */
        INCOMPATIBLE_SCHEMA,
        /** HTTP 401 or 403: the credentials are missing, wrong or lack the permission. */
        UNAUTHORIZED,
        /** No registry URL accepted the connection, or every attempt ended in a 5xx status or a timeout. */
        UNAVAILABLE,
        /** Any other error status, or a response body that is not the documented JSON. */
        UNEXPECTED_RESPONSE
    }

    private final Kind kind;
    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(Kind kind, int httpStatus, int errorCode, String message) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = 0;
        this.errorCode = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status of the response, or 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Confluent {@code error_code} from the response body, or 0 when the body had none. */
    public int errorCode() {
        return errorCode;
    }
}
