package dev.sluice.detection;

import java.util.Objects;

/**
 * One span of sensitive text found by a detector.
 *
 * @param start      index of the first UTF-16 char of the span in the scanned string (as {@link String#substring})
 * @param end        index one past the last char of the span
 * @param entityType entity type name, following Presidio's catalogue where one exists (EMAIL_ADDRESS, CREDIT_CARD...)
 * @param category   what the pipeline does with a record that contains the finding
 * @param detectorId stable id of the detector that made the finding
 * @param score      confidence in [0, 1]; structural validators (Luhn, mod-97) raise it
 */
public record Finding(int start, int end, String entityType, FindingCategory category, String detectorId,
        double score) {

    public Finding {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(detectorId, "detectorId");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
