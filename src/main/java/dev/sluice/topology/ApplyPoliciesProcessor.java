package dev.sluice.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.audit.AuditEvents;
import dev.sluice.avro.AuditEvent;
import dev.sluice.avro.Lineage;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.avro.QuarantineVerdict;
import dev.sluice.avro.VendorAudit;
import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.VendorRoute;
import dev.sluice.quarantine.Hold;
import dev.sluice.redaction.RecordScanCache;
import dev.sluice.topology.errors.Failures;

/**
 * Applies the policy of every vendor that receives a decoded record's project. Each vendor gets its own projected,
 * masked copy, or the record is held back from it. An input held back from any vendor becomes one quarantine
 * record, and every input becomes one audit event. A vendor whose scan fails gets nothing: the record was not
 * proven safe for it. Failures outside the record (an unreachable registry) are rethrown so the task retries.
 */
final class ApplyPoliciesProcessor implements FixedKeyProcessor<byte[], EventEnvelope, PolicyOutcome> {

    static final String STEP = "apply-vendor-policies";

    private static final Logger LOG = LoggerFactory.getLogger(ApplyPoliciesProcessor.class);

    private final PipelineDefinition pipeline;
    private final PolicyRuntime runtime;
    private final Map<String, VendorChannel> channels;
    private final SluiceMetrics metrics;
    private FixedKeyProcessorContext<byte[], PolicyOutcome> context;

    ApplyPoliciesProcessor(PipelineDefinition pipeline, PolicyRuntime runtime, Map<String, VendorChannel> channels,
            SluiceMetrics metrics) {
        this.pipeline = pipeline;
        this.runtime = runtime;
        this.channels = channels;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], PolicyOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], EventEnvelope> record) {
        long started = System.nanoTime();
        RecordMetadata metadata = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("record metadata missing in " + STEP));
        Lineage lineage = new Lineage(metadata.topic(), metadata.partition(), metadata.offset(),
                Instant.ofEpochMilli(record.timestamp()));
        String lineageId = AuditEvents.lineageId(metadata.topic(), metadata.partition(), metadata.offset());
        GenericRecord event = record.value().event();
        String eventId = EventFields.string(event, "event_id");
        String project = EventFields.string(event, "project");

        List<Map.Entry<String, String>> headers = VendorHeaders.textHeaders(record.headers());
        RecordScanCache scanner = new RecordScanCache(runtime.scanner());
        List<VendorDelivery> deliveries = new ArrayList<>();
        List<Hold> holds = new ArrayList<>();
        List<VendorAudit> audits = new ArrayList<>();
        for (VendorRoute route : pipeline.vendorsFor(project)) {
            VendorChannel.Result result = apply(channels.get(route.name()), event, record.key(), headers, scanner,
                    lineageId, metadata);
            audits.add(result.audit());
            if (result.delivery() != null) {
                deliveries.add(result.delivery());
            } else {
                holds.add(result.hold());
            }
        }
        scanner.countsByEntityType().forEach(metrics::recordDetections);

        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Optional<QuarantineRecord> quarantine = holds.isEmpty() ? Optional.empty()
                : Optional.of(runtime.quarantine().build(eventId, project, holds, lineage, now, record.key(),
                        record.value().rawValue()));
        AuditEvent audit = AuditEvents.routed(new AuditEvents.Source(metadata.topic(), metadata.partition(),
                metadata.offset(), lineage.getTimestamp()), eventId, audits, now);
        metrics.recordProcessingTime(Duration.ofNanos(System.nanoTime() - started));
        context.forward(record.withValue(new PolicyOutcome(deliveries, quarantine, audit)));
    }

    private VendorChannel.Result apply(VendorChannel channel, GenericRecord event, byte[] key,
            List<Map.Entry<String, String>> headers, RecordScanCache scanner, String lineageId,
            RecordMetadata metadata) {
        try {
            return channel.apply(event, key, headers, scanner, lineageId);
        } catch (RuntimeException e) {
            if (Failures.isNotAboutTheRecord(e)) {
                throw e;
            }
            LOG.error("Applying the policy of {} to {}-{}@{} failed in task {}; holding the record back from it ({})",
                    channel.vendor(), metadata.topic(), metadata.partition(), metadata.offset(), context.taskId(),
                    e.getClass().getName());
            return channel.held(Hold.failed(channel.vendor(), QuarantineVerdict.DETECTION_FAILED, STEP));
        }
    }
}
