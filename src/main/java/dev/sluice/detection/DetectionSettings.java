package dev.sluice.detection;

import java.util.List;
import java.util.Objects;

/**
 * Lab-specific inputs of the detection engine, read from the pipeline definition.
 *
 * @param codenames               project codenames to find as whole words, ignoring case and accents
 * @param confidentialityLabels   labels to find in addition to the built-in ones, for example "ACME CONFIDENTIAL"
 * @param phoneRegions            ISO 3166-1 region codes tried, in order, for phone numbers written without a
 *                                country code
 * @param rules                   the operator's own detectors (internal domains, ticket ids, canary tokens, patterns,
 *                                dictionaries) and the thresholds, allow-lists and context words of every detector
 */
public record DetectionSettings(List<String> codenames, List<String> confidentialityLabels, List<String> phoneRegions,
        DetectionRules rules) {

    public static final List<String> DEFAULT_PHONE_REGIONS =
            List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "AT", "CH", "PT", "IN", "AU", "JP", "BR", "MX", "CA");

    public DetectionSettings {
        codenames = List.copyOf(codenames);
        confidentialityLabels = List.copyOf(confidentialityLabels);
        phoneRegions = List.copyOf(phoneRegions);
        Objects.requireNonNull(rules, "rules");
    }

    /** Settings without operator rules: the built-in catalogue with default thresholds. */
    public DetectionSettings(List<String> codenames, List<String> confidentialityLabels, List<String> phoneRegions) {
        this(codenames, confidentialityLabels, phoneRegions, DetectionRules.none());
    }

    public static DetectionSettings defaults() {
        return new DetectionSettings(List.of(), List.of(), DEFAULT_PHONE_REGIONS);
    }
}
