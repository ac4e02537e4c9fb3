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
 * @param personNames             names of known people to mask as PERSON wherever they occur as whole words,
 *                                with the letter case as written, whatever the context
 * @param rules                   the operator's own detectors (internal domains, ticket ids, canary tokens, patterns,
 *                                dictionaries) and the thresholds, allow-lists and context words of every detector
 */
public record DetectionSettings(List<String> codenames, List<String> confidentialityLabels, List<String> phoneRegions,
        List<String> personNames, DetectionRules rules) {

    public static final List<String> DEFAULT_PHONE_REGIONS =
            List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "AT", "CH", "PT", "IN", "AU", "JP", "BR", "MX", "CA");

    public DetectionSettings {
        codenames = List.copyOf(codenames);
        confidentialityLabels = List.copyOf(confidentialityLabels);
        phoneRegions = List.copyOf(phoneRegions);
        personNames = List.copyOf(personNames);
        Objects.requireNonNull(rules, "rules");
    }

    /** Settings without configured person names or operator rules. */
    public DetectionSettings(List<String> codenames, List<String> confidentialityLabels, List<String> phoneRegions) {
        this(codenames, confidentialityLabels, phoneRegions, List.of(), DetectionRules.none());
    }

    /** Settings with configured person names and without operator rules. */
    public DetectionSettings(List<String> codenames, List<String> confidentialityLabels, List<String> phoneRegions,
            List<String> personNames) {
        this(codenames, confidentialityLabels, phoneRegions, personNames, DetectionRules.none());
    }

    /** Settings with operator rules and without configured person names. */
    public DetectionSettings(List<String> codenames, List<String> confidentialityLabels, List<String> phoneRegions,
            DetectionRules rules) {
        this(codenames, confidentialityLabels, phoneRegions, List.of(), rules);
    }

    public static DetectionSettings defaults() {
        return new DetectionSettings(List.of(), List.of(), DEFAULT_PHONE_REGIONS);
    }
}
