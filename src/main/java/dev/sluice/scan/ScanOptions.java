package dev.sluice.scan;

/**
 * Output mode of {@code sluice scan}.
 *
 * @param jsonl    each input line is a JSON object whose string field {@code text} is scanned
 * @param findings write a JSON object with the masked text and its findings instead of the masked text alone
 */
public record ScanOptions(boolean jsonl, boolean findings) {
}
