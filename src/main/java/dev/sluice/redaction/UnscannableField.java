package dev.sluice.redaction;

/**
 * A field whose content Sluice cannot scan or cannot mask, such as bytes that are not UTF-8 text. A record with one
 * is quarantined, because its content was not proven safe.
 */
public record UnscannableField(String fieldPath, String why) {
}
