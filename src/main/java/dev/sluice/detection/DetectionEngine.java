package dev.sluice.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every detector over a string and resolves overlapping findings. Thread-safe.
 */
// TODO: placeholder with no detectors; the detector catalogue replaces this class.
public final class DetectionEngine {

    private final List<Detector> detectors;

    public DetectionEngine(DetectionSettings settings) {
        this.detectors = List.of();
    }

    /** Returns non-overlapping findings sorted by start offset. */
    public List<Finding> scan(String text) {
        List<Finding> findings = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.detect(text, findings);
        }
        return findings;
    }
}
