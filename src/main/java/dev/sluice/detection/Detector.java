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

    /**
     * Returns false only if {@code context} proves that {@link #detect(ScanContext, List)} cannot find anything
     * in its text. The engine calls this method, and the default returns {@link #mayMatch(TextProfile)}.
     */
    default boolean mayMatch(ScanContext context) {
        return mayMatch(context.profile());
    }

    /**
     * Appends every finding in {@code context.text()} to {@code findings}, exactly the findings of
     * {@link #detect(String, List)} on that text. The engine calls this method, so a detector may override it
     * to start its patterns only at the digit runs, separators and trigger words the context recorded. The
     * default runs {@link #detect(String, List)} on the whole text.
     */
    default void detect(ScanContext context, List<Finding> findings) {
        detect(context.text(), findings);
    }
}
