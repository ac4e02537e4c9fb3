package dev.sluice.policy.vendor;

import java.util.List;
import java.util.Set;

import dev.sluice.detection.FindingCategory;

/**
 * Which findings send a record to quarantine instead of to this vendor.
 *
 * @param categories  finding categories that quarantine on any finding, by default secrets and confidentiality labels
 * @param entityTypes entity types that quarantine on any finding, for example US_SSN for a vendor that must never
 *                    see one even masked
 * @param maxFindings a record with more findings than this is quarantined (a record full of personal data is
 *                    better reviewed than masked); 0 means no limit
 */
public record QuarantinePolicy(Set<FindingCategory> categories, Set<String> entityTypes, int maxFindings) {

    public static final Set<FindingCategory> DEFAULT_CATEGORIES =
            Set.of(FindingCategory.SECRET, FindingCategory.CONFIDENTIALITY_LABEL);

    public QuarantinePolicy {
        categories = Set.copyOf(categories);
        entityTypes = Set.copyOf(entityTypes);
        if (maxFindings < 0) {
            throw new IllegalArgumentException("max_findings must be 0 (no limit) or more, got " + maxFindings);
        }
    }

    public static QuarantinePolicy defaults() {
        return new QuarantinePolicy(DEFAULT_CATEGORIES, Set.of(), 0);
    }

    /** Returns whether a record with findings of {@code types} in {@code categoriesFound} must be quarantined. */
    public boolean quarantines(List<String> types, Set<FindingCategory> categoriesFound) {
        if (maxFindings > 0 && types.size() > maxFindings) {
            return true;
        }
        return categoriesFound.stream().anyMatch(categories::contains) || types.stream().anyMatch(entityTypes::contains);
    }
}
