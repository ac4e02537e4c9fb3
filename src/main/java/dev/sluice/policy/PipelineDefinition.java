package dev.sluice.policy;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.sluice.detection.DetectionRules;
import dev.sluice.detection.DetectionSettings;

/**
 * The pipeline as the operator defines it in {@code topology/pipeline.yaml}: vendors and their routes, the
 * proprietary markers, known person names and operator detectors to look for, and the record headers that may reach
 * a vendor.
 */
public record PipelineDefinition(
        int version,
        List<VendorRoute> vendors,
        Set<String> internalProjects,
        List<String> codenames,
        List<String> confidentialityLabels,
        Set<String> forwardHeaders,
        List<String> phoneRegions,
        List<String> personNames,
        DetectionRules detectionRules) {

    public PipelineDefinition {
        vendors = List.copyOf(vendors);
        internalProjects = Set.copyOf(internalProjects);
        codenames = List.copyOf(codenames);
        confidentialityLabels = List.copyOf(confidentialityLabels);
        forwardHeaders = Set.copyOf(forwardHeaders);
        phoneRegions = List.copyOf(phoneRegions);
        personNames = List.copyOf(personNames);
        Objects.requireNonNull(detectionRules, "detectionRules");
    }

    public DetectionSettings detectionSettings() {
        return new DetectionSettings(codenames, confidentialityLabels, phoneRegions, personNames, detectionRules);
    }

    /** Returns the vendors that receive records of {@code project}, in definition order. */
    public List<VendorRoute> vendorsFor(String project) {
        return vendors.stream().filter(vendor -> vendor.receives(project)).toList();
    }
}
