package dev.sluice.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import dev.sluice.audit.AuditEvents;
import dev.sluice.avro.QuarantineVerdict;
import dev.sluice.avro.VendorAudit;
import dev.sluice.policy.VendorRoute;
import dev.sluice.policy.projection.SchemaProjection;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.quarantine.Hold;
import dev.sluice.redaction.TextScanner;
import dev.sluice.redaction.vendor.VendorOperators;
import dev.sluice.redaction.vendor.VendorRecord;
import dev.sluice.redaction.vendor.VendorRedactor;
import dev.sluice.schemaregistry.SchemaRegistryException;

/**
 * One vendor's side of the topology: applies its policy to a record, derives the record key, adds the headers,
 * serializes the value in the vendor's projected schema (registering it under the vendor topic's subject) and
 * checks the size. Holds one projection per input schema, so a new input schema version is projected on its first
 * record without a restart. Not thread-safe: each stream task has its own channels.
 */
final class VendorChannel {

    /** Step named in the reasons of records whose vendor schema the registry rejected. */
    static final String SCHEMA_STEP = "vendor-schema";

    /** Step named in the reasons of records too large for the vendor topic. */
    static final String SIZE_STEP = "output-size-limit";

    /** More input schema versions than this at once is unusual; the cache then starts over. */
    private static final int MAX_PROJECTIONS = 256;

    private final VendorRoute route;
    private final VendorOperators operators;
    private final Serializer<GenericRecord> serializer;
    private final int maxOutputBytes;
    private final Map<Schema, Schema> projections = new HashMap<>();

    VendorChannel(VendorRoute route, VendorOperators operators, Serializer<GenericRecord> serializer,
            int maxOutputBytes) {
        this.route = route;
        this.operators = operators;
        this.serializer = serializer;
        this.maxOutputBytes = maxOutputBytes;
    }

    String vendor() {
        return route.name();
    }

    VendorPolicy policy() {
        return route.policy();
    }

    /**
     * Returns what this vendor gets of {@code event}: a delivery, or a hold with its reasons, each with the
     * vendor's audit entry.
     *
     * @throws RuntimeException when the registry cannot be reached or the scan fails; the caller decides
     */
    Result apply(GenericRecord event, byte[] inputKey, List<Map.Entry<String, String>> headers, TextScanner scanner,
            String lineageId) {
        VendorPolicy policy = route.policy();
        Schema projected;
        try {
            projected = projection(event.getSchema());
        } catch (IllegalArgumentException e) {
            return held(Hold.failed(vendor(), QuarantineVerdict.VENDOR_SCHEMA_REJECTED, SCHEMA_STEP));
        }
        VendorRecord record = new VendorRedactor(policy, scanner, operators).redact(event, projected, headers);
        if (record.quarantined()) {
            return new Result(null, Hold.of(vendor(), policy.quarantine(), record),
                    AuditEvents.vendorAudit(policy, record));
        }

        byte[] key = policy.deriveRecordKey() && inputKey != null ? operators.hash().recordKey(inputKey) : null;
        Headers vendorHeaders = VendorHeaders.of(record.headers(), policy.version(), lineageId);
        byte[] value;
        try {
            value = serializer.serialize(route.topic(), vendorHeaders, record.value());
        } catch (SchemaRegistryException e) {
            if (e.kind() != SchemaRegistryException.Kind.INCOMPATIBLE_SCHEMA
                    && e.kind() != SchemaRegistryException.Kind.INVALID_SCHEMA) {
                throw e;
            }
            return new Result(null, Hold.failed(vendor(), QuarantineVerdict.VENDOR_SCHEMA_REJECTED, SCHEMA_STEP),
                    AuditEvents.vendorAudit(policy, record, false));
        }
        if (SizeLimitedSerializer.recordBytes(key, value, vendorHeaders) > maxOutputBytes) {
            return new Result(null, Hold.failed(vendor(), QuarantineVerdict.OUTPUT_TOO_LARGE, SIZE_STEP),
                    AuditEvents.vendorAudit(policy, record, false));
        }
        return new Result(new VendorDelivery(vendor(), key, value, vendorHeaders), null,
                AuditEvents.vendorAudit(policy, record));
    }

    /** Returns the result of a record this vendor must not get because of {@code hold}, with no findings counted. */
    Result held(Hold hold) {
        VendorPolicy policy = route.policy();
        return new Result(null, hold, new VendorAudit(vendor(), policy.version(), false, List.of()));
    }

    private Schema projection(Schema input) {
        Schema projected = projections.get(input);
        if (projected == null) {
            if (projections.size() >= MAX_PROJECTIONS) {
                projections.clear();
            }
            projected = SchemaProjection.project(input, route.policy());
            projections.put(input, projected);
        }
        return projected;
    }

    /**
     * Outcome of one record for one vendor: exactly one of {@code delivery} and {@code hold} is set.
     *
     * @param audit the vendor's entry in the record's audit event
     */
    record Result(VendorDelivery delivery, Hold hold, VendorAudit audit) {
    }
}
