package dev.sluice.demo;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.sluice.topology.DeadLetterHeaders;

/**
 * Counts of one demo run: records counted from the output topics as read back from the broker, plus the detection and
 * unrouted counts from the metrics (those two leave no record on any topic).
 *
 * @param recordsIn           records produced to the input topic
 * @param vendorRecords       records per vendor, keyed by vendor name
 * @param quarantined         records on the quarantine topic
 * @param quarantineVerdicts  quarantined records per verdict
 * @param quarantineReasons   quarantine reasons per entity type, summed over the reason counts
 * @param heldFor             quarantined records per vendor whose policy held them back
 * @param deadLetters         records on the dead-letter topic
 * @param deadLetterReasons   dead letters per reason header
 * @param unrouted            decoded records whose project maps to no vendor
 * @param auditOutcomes       audit events per outcome; they add up to {@code recordsIn}
 * @param detections          findings per entity type over all records
 * @param metricsUrl          Prometheus endpoint while the pipeline keeps running, otherwise null
 */
public record DemoSummary(
        long recordsIn,
        SortedMap<String, Long> vendorRecords,
        long quarantined,
        SortedMap<String, Long> quarantineVerdicts,
        SortedMap<String, Long> quarantineReasons,
        SortedMap<String, Long> heldFor,
        long deadLetters,
        SortedMap<String, Long> deadLetterReasons,
        long unrouted,
        SortedMap<String, Long> auditOutcomes,
        SortedMap<String, Long> detections,
        String metricsUrl) {

    static DemoSummary of(long recordsIn, Map<String, List<OutputRecord>> vendorOutputs, List<OutputRecord> quarantine,
            List<OutputRecord> deadLetters, List<OutputRecord> auditEvents, long unrouted,
            SortedMap<String, Long> detections, String metricsUrl) {
        SortedMap<String, Long> vendors = new TreeMap<>();
        vendorOutputs.forEach((vendor, records) -> vendors.put(vendor, (long) records.size()));

        SortedMap<String, Long> verdicts = new TreeMap<>();
        SortedMap<String, Long> reasons = new TreeMap<>();
        SortedMap<String, Long> heldFor = new TreeMap<>();
        for (OutputRecord record : quarantine) {
            verdicts.merge(record.value().path("verdict").asText("?"), 1L, Long::sum);
            record.value().path("held_for").forEach(vendor -> heldFor.merge(vendor.asText(), 1L, Long::sum));
            for (JsonNode reason : record.value().path("reasons")) {
                reasons.merge(reason.path("entity_type").asText("?"), reason.path("count").asLong(1), Long::sum);
            }
        }

        SortedMap<String, Long> deadLetterReasons = new TreeMap<>();
        for (OutputRecord record : deadLetters) {
            String reason = record.headers().getOrDefault(DeadLetterHeaders.REASON, "?");
            deadLetterReasons.merge(reason, 1L, Long::sum);
        }
        SortedMap<String, Long> auditOutcomes = new TreeMap<>();
        auditEvents.forEach(event -> auditOutcomes.merge(event.value().path("outcome").asText("?"), 1L, Long::sum));
        return new DemoSummary(recordsIn, vendors, quarantine.size(), verdicts, reasons, heldFor, deadLetters.size(),
                deadLetterReasons, unrouted, auditOutcomes, detections, metricsUrl);
    }

    /** Renders the summary for a terminal. */
    String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Sluice demo summary\n");
        out.append(String.format("  records in:        %d%n", recordsIn));
        vendorRecords.forEach((vendor, count) -> out.append(String.format("  to vendor %-24s %d%n", vendor + ":",
                count)));
        out.append(String.format("  quarantined:       %d %s%n", quarantined, quarantineVerdicts));
        out.append(String.format("    reasons by type: %s%n", quarantineReasons));
        out.append(String.format("    held for:        %s%n", heldFor));
        out.append(String.format("  dead letters:      %d %s%n", deadLetters, deadLetterReasons));
        out.append(String.format("  unrouted:          %d%n", unrouted));
        out.append(String.format("  audit events:      %d %s%n", auditOutcomes.values().stream()
                .mapToLong(Long::longValue).sum(), auditOutcomes));
        out.append(String.format("  detections:        %s%n", detections));
        if (metricsUrl != null) {
            out.append(String.format("  metrics:           %s%n", metricsUrl));
        }
        return out.toString();
    }
}
