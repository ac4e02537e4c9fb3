package dev.sluice.redaction.operator;

/**
 * Replaces a value with a typed placeholder numbered per record, such as {@code <EMAIL_ADDRESS_1>}.
 */
public final class ReplaceOperator implements Operator {

    @Override
    public String apply(String value, String entityType, RecordScope record) {
        return record.placeholders().placeholderFor(entityType, value);
    }
}
