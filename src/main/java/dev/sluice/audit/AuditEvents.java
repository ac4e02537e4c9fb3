package dev.sluice.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.sluice.avro.AuditEvent;
import dev.sluice.avro.AuditOutcome;
import dev.sluice.avro.FindingCount;
import dev.sluice.avro.VendorAudit;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.redaction.FieldFinding;
import dev.sluice.redaction.vendor.VendorRecord;

/**
 * Builds the audit event of one input record from what each vendor's policy did with it. Events carry counts by
 * entity type and operator, lineage and policy versions, and never a matched value or a field's content.
 */
public final class AuditEvents {

    /** Operator name recorded for the findings of a record that a vendor's policy held back. */
    public static final String QUARANTINE_OPERATOR = "quarantine";

    private AuditEvents() {
    }

    /** Returns the lineage id of an input record: {@code topic/partition/offset}. */
    public static String lineageId(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    /** Returns the audit entry of one vendor: its policy version, whether it got the record, and finding counts. */
    public static VendorAudit vendorAudit(VendorPolicy policy, VendorRecord record) {
        return vendorAudit(policy, record, !record.quarantined());
    }

    /**
     * Returns the audit entry of one vendor whose delivery was decided after redaction, for example a record held
     * back because it was too large to send.
     */
    public static VendorAudit vendorAudit(VendorPolicy policy, VendorRecord record, boolean delivered) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FieldFinding found : record.findings()) {
            String type = found.finding().entityType();
            String operator = !delivered ? QUARANTINE_OPERATOR
                    : policy.operatorFor(type).kind().name().toLowerCase(Locale.ROOT);
            counts.merge(type + '\u0000' + operator, 1, Integer::sum);
        }
        List<FindingCount> findings = new ArrayList<>();
        counts.forEach((key, count) -> {
            int separator = key.indexOf('\u0000');
            findings.add(new FindingCount(key.substring(0, separator), key.substring(separator + 1), count));
        });
        return new VendorAudit(policy.vendor(), policy.version(), delivered, findings);
    }

    /**
     * Returns the event of a decoded record: DELIVERED if any vendor got it, QUARANTINED if every vendor's policy
     * held it back, UNROUTED if no vendor receives its project.
     */
    public static AuditEvent routed(Source source, String eventId, List<VendorAudit> vendors, Instant processedAt) {
        AuditOutcome outcome = vendors.isEmpty() ? AuditOutcome.UNROUTED
                : vendors.stream().anyMatch(VendorAudit::getDelivered) ? AuditOutcome.DELIVERED
                : AuditOutcome.QUARANTINED;
        return event(source, eventId, outcome, null, vendors, processedAt);
    }

    /** Returns the event of a record that became a dead letter with {@code reason}. */
    public static AuditEvent deadLetter(Source source, String reason, Instant processedAt) {
        return event(source, null, AuditOutcome.DEAD_LETTER, reason, List.of(), processedAt);
    }

    private static AuditEvent event(Source source, String eventId, AuditOutcome outcome, String reason,
            List<VendorAudit> vendors, Instant processedAt) {
        return AuditEvent.newBuilder()
                .setLineageId(lineageId(source.topic(), source.partition(), source.offset()))
                .setEventId(eventId)
                .setSourceTopic(source.topic())
                .setSourcePartition(source.partition())
                .setSourceOffset(source.offset())
                .setSourceTimestamp(source.timestamp())
                .setProcessedAt(processedAt)
                .setOutcome(outcome)
                .setDeadLetterReason(reason)
                .setVendors(List.copyOf(vendors))
                .build();
    }

    /** Origin of an input record: topic, partition, offset and timestamp. */
    public record Source(String topic, int partition, long offset, Instant timestamp) {
    }
}
