package dev.sluice.policy.vendor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.sluice.keys.KeysetReference;

/**
 * What one vendor may receive, as validated from its policy file.
 *
 * @param vendor           vendor name, as in the pipeline definition
 * @param version          policy version, carried in every vendor record's headers and audit event
 * @param fields           allowed field paths and what happens to each; any other field is dropped
 * @param entityOperators  operator per entity type
 * @param defaultOperator  operator for entity types without their own
 * @param quarantine       what sends a record to quarantine instead
 * @param thresholds       per detector id, the score a finding needs to count for this vendor
 * @param deriveRecordKey  true: the vendor record's key is the keyed pseudonym of the input key; false: no key
 * @param headers          input headers forwarded (their values scanned); every other header is dropped
 * @param pseudonymKeyset  HMAC keyset for hash, surrogate and derived keys; required when any of them is used
 * @param encryptionKeyset AES-SIV keyset for encrypt and tokenize; required when either is used
 */
public record VendorPolicy(String vendor, String version, List<FieldRule> fields,
        Map<String, OperatorSpec> entityOperators, OperatorSpec defaultOperator, QuarantinePolicy quarantine,
        Map<String, Double> thresholds, boolean deriveRecordKey, List<String> headers,
        Optional<KeysetReference> pseudonymKeyset, Optional<KeysetReference> encryptionKeyset) {

    public VendorPolicy {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(version, "version");
        fields = List.copyOf(fields);
        entityOperators = Map.copyOf(entityOperators);
        Objects.requireNonNull(defaultOperator, "defaultOperator");
        Objects.requireNonNull(quarantine, "quarantine");
        thresholds = Map.copyOf(thresholds);
        headers = List.copyOf(headers);
        Objects.requireNonNull(pseudonymKeyset, "pseudonymKeyset");
        Objects.requireNonNull(encryptionKeyset, "encryptionKeyset");
    }

    /** Returns the operator for findings of {@code entityType}. */
    public OperatorSpec operatorFor(String entityType) {
        return entityOperators.getOrDefault(entityType, defaultOperator);
    }

    /**
     * Returns the action of the most specific rule whose pattern covers {@code path}
     * ({@link FieldPath#compareSpecificity}), or DROP when none does: a field the policy does not name never leaves.
     * The order of the rules in the file does not matter. Two rules that are equally specific and both cover the
     * path are different patterns (the loader rejects a pattern written twice), such as {@code a.*.c} and
     * {@code a.b.*}; there the first differing segment decides, so one always wins.
     */
    public FieldAction actionFor(FieldPath path) {
        FieldRule best = null;
        for (FieldRule rule : fields) {
            if (rule.path().covers(path) && (best == null || rule.path().compareSpecificity(best.path()) > 0)) {
                best = rule;
            }
        }
        return best == null ? FieldAction.DROP : best.action();
    }
}
