package dev.sluice.topology;

import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;

import dev.sluice.avro.QuarantineRecord;

/**
 * Result of scanning and masking one input record: either a masked record safe for the vendors of its project, or
 * a quarantine record.
 */
sealed interface RedactionOutcome {

    /**
     * A record whose findings were all masked.
     *
     * @param project          project of the input record, before masking, used for routing
     * @param vendorKey        key for vendor topics: the masked event id, never the raw input key
     * @param masked           the masked record
     * @param forwardedHeaders the allowed input headers, with masked values
     * @param findingCounts    number of findings per entity type
     */
    record Masked(String project, String vendorKey, GenericRecord masked, Headers forwardedHeaders,
            Map<String, Integer> findingCounts) implements RedactionOutcome {
    }

    record Quarantined(QuarantineRecord record) implements RedactionOutcome {
    }
}
