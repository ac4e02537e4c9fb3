package dev.sluice.policy.vendor;

/**
 * What happens to one allowed field on its way to a vendor.
 */
public enum FieldAction {

    /** Scan the text for findings and apply each entity type's operator. */
    SCAN,

    /** Send the value as it is, unscanned: only for fields that cannot hold free text, such as enums and scores. */
    PASS,

    /** Leave the field out; its schema field is dropped from the vendor's projection. */
    DROP,

    /** Replace the whole value with its keyed pseudonym (HMAC-SHA-256 under the vendor's key). */
    HASH,

    /** Replace the whole value with its deterministic encryption (AES-SIV), which the lab can reverse. */
    TOKENIZE
}
