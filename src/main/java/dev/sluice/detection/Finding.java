package dev.sluice.detection;

import java.util.Objects;

/**
 * One span of sensitive text found by a detector, with what it takes to explain it.
 *
 * @param start       index of the first UTF-16 char of the span in the scanned string (as {@link String#substring})
 * @param end         index one past the last char of the span
 * @param entityType  entity type name, following Presidio's catalogue where one exists (EMAIL_ADDRESS, CREDIT_CARD...)
 * @param category    what the pipeline does with a record that contains the finding
 * @param detectorId  stable id of the detector that made the finding
 * @param score       confidence in [0, 1]; structural validators (Luhn, mod-97) and context words raise it
 * @param validator   name of the structural check the matched text passed (for example {@code luhn},
 *                    {@code mod97}, {@code verhoeff}), or null when the detector validates nothing beyond its pattern
 * @param contextWord the word near the span that changed its score, or null when no context word applied
 */
public record Finding(int start, int end, String entityType, FindingCategory category, String detectorId,
        double score, String validator, String contextWord) {

    public Finding {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(detectorId, "detectorId");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
    }

    /** A finding whose pattern matched and that no validator or context word vouches for. */
    public Finding(int start, int end, String entityType, FindingCategory category, String detectorId,
            double score) {
        this(start, end, entityType, category, detectorId, score, null, null);
    }

    /** A finding that passed the structural check named {@code validator}. */
    public Finding(int start, int end, String entityType, FindingCategory category, String detectorId,
            double score, String validator) {
        this(start, end, entityType, category, detectorId, score, validator, null);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    /** Returns this finding with {@code newScore}, explained by {@code word} found near the span. */
    public Finding withContext(double newScore, String word) {
        return new Finding(start, end, entityType, category, detectorId, newScore, validator, word);
    }

    /** Returns this finding moved to {@code [newStart, newEnd)}, for mapping offsets of normalised text back. */
    public Finding withSpan(int newStart, int newEnd) {
        return new Finding(newStart, newEnd, entityType, category, detectorId, score, validator, contextWord);
    }
}
