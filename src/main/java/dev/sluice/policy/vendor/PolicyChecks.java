package dev.sluice.policy.vendor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.avro.Schema;

import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionSettings;
import dev.sluice.detection.EntityTypes;
import dev.sluice.policy.projection.SchemaProjection;

/**
 * Checks a loaded policy against what it refers to: the vendors of the pipeline definition, the entity types and
 * detector ids the engine knows, and the fields of the input schema. A misspelled entity type or field would
 * otherwise pass silently and weaken the policy (an {@code US_SNN} in the quarantine list quarantines nothing).
 *
 * @param vendors      vendor names of the pipeline definition
 * @param entityTypes  entity types the engine can report, built-in and the operator's
 * @param detectorIds  detector ids of the engine, or null to skip the checks of thresholds
 * @param inputSchema    the record schema of the input topic, or null to skip the checks of field paths (when the
 *                       pipeline loads, the input schema is not known yet)
 * @param forwardHeaders the headers the pipeline lets policies forward, in lower case
 */
public record PolicyChecks(Set<String> vendors, Set<String> entityTypes, Set<String> detectorIds, Schema inputSchema,
        Set<String> forwardHeaders) {

    /**
     * Returns the checks against a pipeline's vendors and detection settings, building the engine once for its
     * detector ids (none checked when the settings cannot build an engine, an error reported elsewhere).
     */
    public static PolicyChecks of(Set<String> vendors, DetectionSettings settings, Set<String> forwardHeaders,
            Schema inputSchema) {
        Set<String> detectorIds;
        try {
            detectorIds = new HashSet<>(new DetectionEngine(settings).detectorIds());
        } catch (IllegalArgumentException e) {
            detectorIds = null;
        }
        return of(vendors, settings, detectorIds, forwardHeaders, inputSchema);
    }

    /**
     * Returns the checks with the detector ids of an engine the caller already built (null to skip the checks of
     * thresholds), and the entity types of the built-in detectors and of the operator's patterns and dictionaries.
     */
    public static PolicyChecks of(Set<String> vendors, DetectionSettings settings, Set<String> detectorIds,
            Set<String> forwardHeaders, Schema inputSchema) {
        Set<String> entityTypes = new HashSet<>(EntityTypes.all());
        settings.rules().customPatterns().forEach(pattern -> entityTypes.add(pattern.entityType()));
        settings.rules().dictionaries().forEach(dictionary -> entityTypes.add(dictionary.entityType()));
        return new PolicyChecks(vendors, entityTypes, detectorIds, inputSchema, forwardHeaders);
    }

    /** Returns every problem of {@code policy}, each as {@code key: what is wrong; what would be valid}. */
    public List<String> problems(VendorPolicy policy) {
        List<String> problems = new ArrayList<>();
        if (!vendors.contains(policy.vendor())) {
            problems.add("vendor: '" + policy.vendor() + "' is not a vendor of the pipeline definition; vendors there: "
                    + new TreeSet<>(vendors));
        }
        for (String type : policy.entityOperators().keySet()) {
            if (!entityTypes.contains(type)) {
                problems.add("entities." + type + ": no detector reports entity type '" + type + "'" + closest(type));
            }
        }
        for (String type : policy.quarantine().entityTypes()) {
            if (!entityTypes.contains(type)) {
                problems.add("quarantine.entity_types: no detector reports entity type '" + type + "'"
                        + closest(type));
            }
        }
        for (String detector : policy.thresholds().keySet()) {
            if (detectorIds != null && !detectorIds.contains(detector)) {
                problems.add("thresholds." + detector + ": detector '" + detector + "' does not exist; detector ids "
                        + "are those of sluice scan --findings, such as phone or email");
            }
        }
        for (String header : policy.headers()) {
            if (!forwardHeaders.contains(header)) {
                problems.add("headers: '" + header + "' is not in the pipeline's forward_headers "
                        + new TreeSet<>(forwardHeaders) + "; add it there or remove it from the policy");
            }
        }
        if (inputSchema == null) {
            return problems;
        }
        try {
            SchemaProjection.project(inputSchema, policy);
        } catch (IllegalArgumentException e) {
            problems.add("fields: the policy sends no field of " + inputSchema.getName() + ", so every record would "
                    + "be held back (VENDOR_SCHEMA_REJECTED); name at least one field to scan or pass");
        }
        List<FieldPath> schemaPaths = SchemaPaths.of(inputSchema);
        for (FieldRule rule : policy.fields()) {
            boolean matchesSomething = schemaPaths.stream()
                    .anyMatch(path -> path.length() == rule.path().length() && rule.path().covers(path));
            if (!matchesSomething) {
                problems.add("fields." + rule.path() + ": no field of " + inputSchema.getName() + " matches; "
                        + nearestFields(rule.path(), schemaPaths));
            }
        }
        return problems;
    }

    /**
     * Returns the fields at the level where {@code pattern} stops matching the schema: the top-level fields, or
     * the fields below the longest part of the pattern that does match, such as those of {@code messages[*]}.
     */
    private String nearestFields(FieldPath pattern, List<FieldPath> schemaPaths) {
        for (int length = pattern.length() - 1; length > 0; length--) {
            FieldPath prefix = FieldPath.of(pattern.segments().subList(0, length));
            int childLength = length + 1;
            List<String> children = schemaPaths.stream()
                    .filter(path -> path.length() == childLength && prefix.covers(path))
                    .map(FieldPath::toString)
                    .sorted()
                    .toList();
            if (!children.isEmpty()) {
                return "the fields there are " + children;
            }
        }
        return "its top-level fields are " + inputSchema.getFields().stream().map(Schema.Field::name).toList();
    }

    /** Returns notes on allowed but risky choices: free-text fields sent unscanned. */
    public List<String> warnings(VendorPolicy policy) {
        List<String> warnings = new ArrayList<>();
        if (inputSchema == null) {
            return warnings;
        }
        for (FieldPath path : SchemaPaths.stringLeaves(inputSchema)) {
            if (policy.actionFor(path) == FieldAction.PASS) {
                warnings.add("fields: " + path + " is a text field sent unscanned (pass); any personal data in it "
                        + "reaches the vendor");
            }
        }
        return warnings;
    }

    private String closest(String type) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : entityTypes) {
            int distance = editDistance(type, known);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= 2 ? "; did you mean " + best + "?" : "";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
