package dev.sluice.evaluation;

/**
 * Counts and scores of one entity type over a corpus.
 *
 * <p>Exact: a finding is a true positive only when start, end and type all equal a gold span. Relaxed: a
 * finding counts when it overlaps a gold span of the same type, and a gold span counts as found when a finding
 * of its type overlaps it. So one finding that covers two gold spans scores for both in relaxed recall.
 *
 * @param type                 entity type name
 * @param goldSpans            gold spans of this type
 * @param predictedSpans       findings of this type
 * @param exactMatches         findings that equal a gold span
 * @param relaxedPredictedHits findings that overlap a gold span of this type
 * @param relaxedGoldHits      gold spans that a finding of this type overlaps
 */
public record TypeScore(String type, int goldSpans, int predictedSpans, int exactMatches, int relaxedPredictedHits,
        int relaxedGoldHits) {

    /** Returns exact precision, or 1.0 when the engine reported nothing of this type (no false alarm). */
    public double precision() {
        return ratio(exactMatches, predictedSpans);
    }

    /** Returns exact recall, or 1.0 when the corpus has no span of this type. */
    public double recall() {
        return ratio(exactMatches, goldSpans);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedPredictedHits, predictedSpans);
    }

    public double relaxedRecall() {
        return ratio(relaxedGoldHits, goldSpans);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
