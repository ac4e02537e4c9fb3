package dev.sluice.detection;

import java.util.List;

/**
 * Finds one family of sensitive spans in a string. Implementations are stateless and thread-safe, and apply
 * every pattern through RE2/J so that matching time stays linear in the input length.
 */
public interface Detector {

    /** Stable id used in findings, metrics and quarantine reasons, for example {@code email}. */
    String id();

    /**
     * Appends every finding in {@code text} to {@code findings}. Findings may overlap each other; the engine
     * resolves overlaps once for all detectors.
     */
    void detect(String text, List<Finding> findings);

    /**
     * Returns false only if {@code profile} proves that {@link #detect} cannot find anything in its text, so the
     * engine may skip this detector. The default never skips.
     */
    default boolean mayMatch(TextProfile profile) {
        return true;
    }
}
