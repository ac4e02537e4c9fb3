package dev.sluice.policy.vendor;

/**
 * The operators a policy can name for an entity type. {@code dev.sluice.redaction.operator} implements them.
 */
public enum OperatorKind {

    /** A typed placeholder numbered per record, such as {@code <EMAIL_ADDRESS_1>}. */
    REPLACE,

    /** Nothing: the value is removed. */
    REDACT,

    /** The value with all but the first or last N letters and digits masked. */
    PARTIAL_MASK,

    /** A keyed pseudonym, HMAC-SHA-256 under the vendor's key. */
    HASH,

    /** Deterministic AES-SIV encryption under the vendor's key, reversible by the lab. */
    ENCRYPT,

    /** A realistic fake of the same kind, consistent per vendor and value. */
    SURROGATE;

    /** Returns whether this operator needs the vendor's pseudonym keyset. */
    public boolean needsPseudonymKey() {
        return this == HASH || this == SURROGATE;
    }
}
