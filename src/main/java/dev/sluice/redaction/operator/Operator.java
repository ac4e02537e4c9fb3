package dev.sluice.redaction.operator;

/**
 * Turns one matched value into the text that replaces it in the vendor's record. Implementations are thread-safe.
 */
public interface Operator {

    /**
     * Returns the replacement of {@code value}, a finding of {@code entityType}.
     *
     * @param record per-record state, such as the placeholder numbering
     */
    String apply(String value, String entityType, RecordScope record);
}
