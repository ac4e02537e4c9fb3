package dev.sluice.redaction.operator;

import dev.sluice.redaction.PlaceholderAllocator;

/**
 * State that operators share within one record. Typed placeholders are numbered per record, so the same value gets
 * the same placeholder in every field of the record and a different value gets the next number.
 */
public final class RecordScope {

    private final PlaceholderAllocator placeholders = new PlaceholderAllocator();

    public PlaceholderAllocator placeholders() {
        return placeholders;
    }
}
