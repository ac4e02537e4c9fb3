package dev.sluice.redaction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hands out typed placeholders for one record, numbered per entity type in order of first appearance, so that the
 * same value reads the same everywhere in the record ({@code <EMAIL_ADDRESS_1>}) and different values differ.
 * Values that differ only in letter case ("Nightjar", "NIGHTJAR", "ana@Example.com") count as the same value.
 * Not thread-safe: one instance serves one record.
 */
public final class PlaceholderAllocator {

    private final Map<String, Map<String, String>> placeholdersByType = new HashMap<>();

    public String placeholderFor(String entityType, String value) {
        Map<String, String> placeholders = placeholdersByType.computeIfAbsent(entityType, type -> new HashMap<>());
        String key = value.toLowerCase(Locale.ROOT);
        return placeholders.computeIfAbsent(key, v -> "<" + entityType + "_" + (placeholders.size() + 1) + ">");
    }
}
