package dev.sluice.policy;

import java.util.Set;

import dev.sluice.detection.DetectionSettings;

/**
 * The detection part of a pipeline definition, read without the vendors' policy files.
 *
 * @param vendors        names of the vendors the pipeline defines
 * @param settings       the settings of the detection engine
 * @param forwardHeaders the headers vendor policies may forward, in lower case
 */
public record PipelineDetection(Set<String> vendors, DetectionSettings settings, Set<String> forwardHeaders) {

    public PipelineDetection {
        vendors = Set.copyOf(vendors);
        forwardHeaders = Set.copyOf(forwardHeaders);
    }
}
