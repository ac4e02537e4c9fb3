package dev.sluice.redaction.operator;

/**
 * Removes a value and leaves nothing in its place.
 */
public final class RedactOperator implements Operator {

    @Override
    public String apply(String value, String entityType, RecordScope record) {
        return "";
    }
}
