package dev.sluice.policy;

import java.util.List;
import java.util.Set;

import dev.sluice.detection.DetectionSettings;

/**
 * The pipeline as the operator defines it in {@code topology/pipeline.yaml}: vendors and their routes, the
 * proprietary markers and known person names to look for, and the record headers that may reach a vendor.
 */
public record PipelineDefinition(
        int version,
        List<VendorRoute> vendors,
        Set<String> internalProjects,
        List<String> codenames,
        List<String> confidentialityLabels,
        Set<String> forwardHeaders,
        List<String> phoneRegions,
        List<String> personNames) {

    public PipelineDefinition {
        vendors = List.copyOf(vendors);
        internalProjects = Set.copyOf(internalProjects);
        codenames = List.copyOf(codenames);
        confidentialityLabels = List.copyOf(confidentialityLabels);
        forwardHeaders = Set.copyOf(forwardHeaders);
        phoneRegions = List.copyOf(phoneRegions);
        personNames = List.copyOf(personNames);
    }

    /** A definition without configured person names. */
    public PipelineDefinition(int version, List<VendorRoute> vendors, Set<String> internalProjects,
            List<String> codenames, List<String> confidentialityLabels, Set<String> forwardHeaders,
            List<String> phoneRegions) {
        this(version, vendors, internalProjects, codenames, confidentialityLabels, forwardHeaders, phoneRegions,
                List.of());
    }

    public DetectionSettings detectionSettings() {
        return new DetectionSettings(codenames, confidentialityLabels, phoneRegions, personNames);
    }

    /** Returns the vendors that receive records of {@code project}, in definition order. */
    public List<VendorRoute> vendorsFor(String project) {
        return vendors.stream().filter(vendor -> vendor.receives(project)).toList();
    }
}
