package dev.sluice.redaction;

import java.util.List;

import dev.sluice.detection.Finding;

/**
 * Finds sensitive spans in one string. The detection engine is the production implementation; the contract is that of
 * {@code DetectionEngine.scan}: non-overlapping findings sorted by start.
 */
@FunctionalInterface
public interface TextScanner {

    List<Finding> scan(String text);
}
