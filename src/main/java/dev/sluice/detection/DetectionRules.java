package dev.sluice.detection;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator's additions to the built-in catalogue and the tuning of its detectors, read from the
 * {@code detection} section of the pipeline definition.
 *
 * @param internalDomains  DNS suffixes of the lab's own hosts, for example {@code corp.acme.example}; any host name
 *                         ending in one is reported as INTERNAL_HOST
 * @param ticketPrefixes   issue tracker project keys, for example {@code LAB}; {@code LAB-1234} is reported as
 *                         INTERNAL_TICKET_ID
 * @param canaryTokens     strings planted in internal data sets to catch leaks (usually GUIDs); a record containing
 *                         one is quarantined like a confidentiality label
 * @param customPatterns   extra RE2 patterns, each its own detector
 * @param dictionaries     extra term lists, each its own detector; a deny-list is a dictionary
 * @param tuning           per detector id (or {@code "*"} for all): threshold, allow-list and context words
 */
public record DetectionRules(List<String> internalDomains, List<String> ticketPrefixes, List<String> canaryTokens,
        List<CustomPattern> customPatterns, List<CustomDictionary> dictionaries, Map<String, DetectorTuning> tuning) {

    /** Key of {@link #tuning} that applies to every detector. */
    public static final String ALL_DETECTORS = "*";

    public DetectionRules {
        internalDomains = List.copyOf(internalDomains);
        ticketPrefixes = List.copyOf(ticketPrefixes);
        canaryTokens = List.copyOf(canaryTokens);
        customPatterns = List.copyOf(customPatterns);
        dictionaries = List.copyOf(dictionaries);
        tuning = Map.copyOf(tuning);
        requireUnique(customPatterns.stream().map(CustomPattern::name).toList(), "custom pattern");
        requireUnique(dictionaries.stream().map(CustomDictionary::name).toList(), "dictionary");
        for (String prefix : ticketPrefixes) {
            TicketIdDetector.requireValidPrefix(prefix);
        }
        for (String domain : internalDomains) {
            InternalHostDetector.requireValidDomain(domain);
        }
    }

    /** No additions and no tuning: the built-in catalogue with its default thresholds. */
    public static DetectionRules none() {
        return new DetectionRules(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    private static void requireUnique(List<String> names, String kind) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException(kind + " '" + name + "' is defined twice; names must be unique");
            }
        }
    }
}
