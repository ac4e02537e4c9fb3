package dev.sluice.detection;

import java.util.List;

/**
 * Operator settings for one detector, keyed by detector id in {@link DetectionRules#tuning()} ({@code "*"} applies
 * to every detector).
 *
 * @param threshold           findings scoring below this, after context words, are dropped; in [0, 1]
 * @param allow               values this detector never reports, compared by {@link AllowList#canonical} (case,
 *                            spaces and the separators - . ( ) / ignored), for example a public support number
 * @param contextWords        words that raise a finding's score when they appear near it, on top of the built-in ones
 * @param negativeContextWords words that lower a finding's score when they come right before it, on top of the
 *                            built-in ones
 */
public record DetectorTuning(double threshold, List<String> allow, List<String> contextWords,
        List<String> negativeContextWords) {

    /** Threshold of a detector that is not tuned. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** Settings of a detector the operator did not tune. */
    public static final DetectorTuning DEFAULT = new DetectorTuning(DEFAULT_THRESHOLD, List.of(), List.of(), List.of());

    public DetectorTuning {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
        }
        allow = List.copyOf(allow);
        contextWords = List.copyOf(contextWords);
        negativeContextWords = List.copyOf(negativeContextWords);
    }
}
