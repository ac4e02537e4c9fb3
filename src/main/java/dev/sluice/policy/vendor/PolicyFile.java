package dev.sluice.policy.vendor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A vendor policy file as written, before validation. {@link VendorPolicyLoader} turns it into a
 * {@link VendorPolicy}; {@code topology/policies/README.md} documents every key.
 */
final class PolicyFile {

    @JsonProperty("format")
    Integer format;
    @JsonProperty("vendor")
    String vendor;
    @JsonProperty("version")
    String version;
    @JsonProperty("keys")
    Keys keys;
    @JsonProperty("record_key")
    String recordKey;
    @JsonProperty("headers")
    List<String> headers;
    @JsonProperty("fields")
    LinkedHashMap<String, String> fields;
    @JsonProperty("entities")
    LinkedHashMap<String, Object> entities;
    @JsonProperty("quarantine")
    Quarantine quarantine;
    @JsonProperty("thresholds")
    Map<String, Double> thresholds;

    /** The {@code keys} section. */
    static final class Keys {
        @JsonProperty("pseudonym")
        String pseudonym;
        @JsonProperty("encryption")
        String encryption;
    }

    /** The {@code quarantine} section. */
    static final class Quarantine {
        @JsonProperty("categories")
        List<String> categories;
        @JsonProperty("entity_types")
        List<String> entityTypes;
        @JsonProperty("max_findings")
        Integer maxFindings;
    }
}
