package dev.sluice.detection;

import java.util.List;

/**
 * Lab-specific inputs of the detection engine, read from the pipeline definition.
 *
 * @param codenames               project codenames to find as whole words, case-insensitively
 * @param confidentialityLabels   labels to find in addition to the built-in ones, for example "ACME CONFIDENTIAL"
 * @param phoneRegions            ISO 3166-1 region codes tried, in order, for phone numbers written without a
 *                                country code
 * @param personNames             names of known people to mask as PERSON wherever they occur as whole words,
 *                                with the letter case as written, whatever the context
 */
public record DetectionSettings(List<String> codenames, List<String> confidentialityLabels, List<String> phoneRegions,
        List<String> personNames) {

    public static final List<String> DEFAULT_PHONE_REGIONS =
            List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "AT", "CH", "PT", "IN", "AU", "JP", "BR", "MX", "CA");

    public DetectionSettings {
        codenames = List.copyOf(codenames);
        confidentialityLabels = List.copyOf(confidentialityLabels);
        phoneRegions = List.copyOf(phoneRegions);
        personNames = List.copyOf(personNames);
    }

    /** Settings without configured person names. */
    public DetectionSettings(List<String> codenames, List<String> confidentialityLabels, List<String> phoneRegions) {
        this(codenames, confidentialityLabels, phoneRegions, List.of());
    }

    public static DetectionSettings defaults() {
        return new DetectionSettings(List.of(), List.of(), DEFAULT_PHONE_REGIONS);
    }
}
