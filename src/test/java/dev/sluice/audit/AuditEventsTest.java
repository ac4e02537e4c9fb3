package dev.sluice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sluice.avro.AuditEvent;
import dev.sluice.avro.AuditOutcome;
import dev.sluice.avro.FindingCount;
import dev.sluice.avro.VendorAudit;
import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.policy.vendor.VendorPolicyLoader;
import dev.sluice.redaction.FieldFinding;
import dev.sluice.redaction.vendor.VendorRecord;

class AuditEventsTest {

    private static final AuditEvents.Source SOURCE = new AuditEvents.Source("annotations.raw", 2, 4711L,
            Instant.parse("2026-12-04T10:00:00Z"));
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:01Z");

    private final VendorPolicy policy = VendorPolicyLoader.load("""
            format: 1
            vendor: atlas-annotate
            version: "2026-12-04.1"
            keys: {pseudonym: 'env:P'}
            fields: {prompt: scan}
            entities: {EMAIL_ADDRESS: surrogate}
            """.getBytes(StandardCharsets.UTF_8), "t.yaml");

    @Test
    void vendorAuditCountsByTypeAndOperator() {
        VendorAudit audit = AuditEvents.vendorAudit(policy, record(false, "EMAIL_ADDRESS", "EMAIL_ADDRESS",
                "PHONE_NUMBER"));

        assertThat(audit.getPolicyVersion()).isEqualTo("2026-12-04.1");
        assertThat(audit.getDelivered()).isTrue();
        assertThat(audit.getFindings()).containsExactly(new FindingCount("EMAIL_ADDRESS", "surrogate", 2),
                new FindingCount("PHONE_NUMBER", "replace", 1));
    }

    @Test
    void heldBackRecordCountsAsQuarantine() {
        VendorAudit audit = AuditEvents.vendorAudit(policy, record(true, "AWS_ACCESS_KEY"));

        assertThat(audit.getDelivered()).isFalse();
        assertThat(audit.getFindings()).containsExactly(new FindingCount("AWS_ACCESS_KEY", "quarantine", 1));
    }

    @Test
    void outcomeFollowsTheVendors() {
        VendorAudit delivered = AuditEvents.vendorAudit(policy, record(false));
        VendorAudit quarantined = AuditEvents.vendorAudit(policy, record(true, "AWS_ACCESS_KEY"));

        assertThat(AuditEvents.routed(SOURCE, "e1", List.of(quarantined, delivered), NOW).getOutcome())
                .isEqualTo(AuditOutcome.DELIVERED);
        assertThat(AuditEvents.routed(SOURCE, "e1", List.of(quarantined), NOW).getOutcome())
                .isEqualTo(AuditOutcome.QUARANTINED);
        assertThat(AuditEvents.routed(SOURCE, "e1", List.of(), NOW).getOutcome()).isEqualTo(AuditOutcome.UNROUTED);
    }

    @Test
    void deadLetterKeepsLineageAndReason() {
        AuditEvent event = AuditEvents.deadLetter(SOURCE, "CORRUPT_AVRO", NOW);

        assertThat(event.getLineageId()).isEqualTo("annotations.raw/2/4711");
        assertThat(event.getOutcome()).isEqualTo(AuditOutcome.DEAD_LETTER);
        assertThat(event.getDeadLetterReason()).isEqualTo("CORRUPT_AVRO");
        assertThat(event.getSourceTimestamp()).isEqualTo(SOURCE.timestamp());
    }

    private static VendorRecord record(boolean quarantined, String... types) {
        List<FieldFinding> findings = Arrays.stream(types)
                .map(type -> new FieldFinding("prompt", new Finding(0, 20, type, FindingCategory.PERSONAL_DATA,
                        "test", 0.9)))
                .toList();
        return new VendorRecord(null, List.of(), findings, List.of(), quarantined);
    }
}
