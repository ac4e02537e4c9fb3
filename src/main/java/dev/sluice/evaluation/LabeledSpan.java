package dev.sluice.evaluation;

import java.util.Objects;

/**
 * One gold span of a labeled example.
 *
 * @param start index of the first UTF-16 char of the span, as {@link String#substring}
 * @param end   index one past the last char of the span
 * @param type  entity type name from {@link dev.sluice.detection.EntityTypes}
 */
public record LabeledSpan(int start, int end, String type) {

    public LabeledSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ") of type " + type);
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
