package dev.sluice.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

import dev.sluice.avro.AuditEvent;
import dev.sluice.avro.AuditOutcome;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.metrics.Outcome;
import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.VendorRoute;

/**
 * Builds Sluice's topology. It reads raw events and sends tombstones to the dead-letter topic. It applies the
 * policy of every vendor of a record's project, sends each vendor its own projected and masked copy, and sends the
 * rest to quarantine. It writes one audit event per input record. Undecodable and failing records leave through
 * the error handlers in {@code dev.sluice.topology.errors}. No topic name is written here: all come from
 * {@link SluiceTopics}.
 */
public final class SluiceTopology {

    /** Name of the step that makes the audit events of tombstones. */
    static final String TOMBSTONE_AUDIT_STEP = "audit-tombstones";

    /**
     * Steps that make audit events. When one of them fails, its record has no audit event yet, so the processing
     * exception handler writes one.
     */
    public static final Set<String> AUDITING_STEPS = Set.of(ApplyPoliciesProcessor.STEP, TOMBSTONE_AUDIT_STEP);

    private final SluiceTopics topics;
    private final PipelineDefinition pipeline;
    private final PolicyRuntime runtime;
    private final SluiceMetrics metrics;
    private final int maxOutputBytes;

    /**
     * @param maxOutputBytes largest output record, key, value and headers included, that the topology sends; a
     *                       larger vendor record is quarantined, a larger quarantine record becomes a dead letter
     *                       without payload
     */
    public SluiceTopology(SluiceTopics topics, PipelineDefinition pipeline, PolicyRuntime runtime,
            SluiceMetrics metrics, int maxOutputBytes) {
        this.topics = topics;
        this.pipeline = pipeline;
        this.runtime = runtime;
        this.metrics = metrics;
        this.maxOutputBytes = maxOutputBytes;
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();

        KStream<byte[], EventEnvelope> rawEvents = builder.stream(topics.input().name(),
                topics.input().consumed("read-raw-events"));

        Map<String, KStream<byte[], EventEnvelope>> byPresence = rawEvents
                .split(Named.as("raw-"))
                .branch((key, envelope) -> envelope == null, Branched.as("tombstones"))
                .defaultBranch(Branched.as("events"));

        KStream<byte[], EventEnvelope> tombstones = byPresence.get("raw-tombstones");
        tombstones
                .processValues(() -> new TombstoneProcessor(metrics), Named.as("mark-tombstones-as-dead-letters"))
                .to(topics.deadLetter().name(), topics.deadLetter().produced("write-tombstone-dead-letters"));
        writeAudit(tombstones.processValues(TombstoneAuditProcessor::new, Named.as(TOMBSTONE_AUDIT_STEP)),
                "tombstones");

        KStream<byte[], PolicyOutcome> outcomes = byPresence.get("raw-events")
                .processValues(() -> new ApplyPoliciesProcessor(pipeline, runtime, channels(), metrics),
                        Named.as(ApplyPoliciesProcessor.STEP));

        routeToVendors(outcomes);
        writeQuarantine(outcomes);
        writeAudit(outcomes
                .peek((key, outcome) -> countUnrouted(outcome.audit()), Named.as("count-unrouted"))
                .mapValues(PolicyOutcome::audit, Named.as("unwrap-audit-events")), "events");
        return builder.build();
    }

    /** Returns a fresh set of vendor channels for one stream task. */
    private Map<String, VendorChannel> channels() {
        Map<String, VendorChannel> channels = new LinkedHashMap<>();
        for (VendorRoute vendor : pipeline.vendors()) {
            TopicSpec<byte[], GenericRecord> topic = topics.vendor(vendor.name());
            channels.put(vendor.name(), new VendorChannel(vendor, runtime.operators().get(vendor.name()),
                    topic.valueSerde().serializer(), maxOutputBytes));
        }
        return channels;
    }

    private void routeToVendors(KStream<byte[], PolicyOutcome> outcomes) {
        for (VendorRoute vendor : pipeline.vendors()) {
            TopicSpec<byte[], GenericRecord> topic = topics.vendor(vendor.name());
            outcomes
                    .process(() -> new VendorOutputProcessor(vendor.name()), Named.as("prepare-for-" + vendor.name()))
                    .peek((key, value) -> metrics.recordOutcome(Outcome.VENDOR, vendor.name()),
                            Named.as("count-" + vendor.name()))
                    .to(topic.name(), topic.producedSerialized("write-" + vendor.name()));
        }
    }

    private void writeQuarantine(KStream<byte[], PolicyOutcome> outcomes) {
        TopicSpec<byte[], QuarantineRecord> topic = topics.quarantine();
        KStream<byte[], SerializedValue> serialized = outcomes
                .filter((key, outcome) -> outcome.quarantine().isPresent(), Named.as("find-held-records"))
                .peek((key, outcome) -> outcome.quarantine().get().getHeldFor()
                        .forEach(vendor -> metrics.recordOutcome(Outcome.HELD, vendor)), Named.as("count-holds"))
                .mapValues(outcome -> outcome.quarantine().get(), Named.as("unwrap-quarantine-records"))
                .process(KeyByLineage::new, Named.as("key-quarantine-by-lineage"))
                .processValues(() -> new SizeLimitedSerializer<>(topic.name(), topic.valueSerde().serializer(),
                        maxOutputBytes), Named.as("serialize-quarantine-records"));

        Map<String, KStream<byte[], SerializedValue>> bySize = serialized
                .split(Named.as("size-quarantine-"))
                .branch((key, value) -> value.fits(), Branched.as("within-limit"))
                .defaultBranch(Branched.as("too-large"));

        bySize.get("size-quarantine-within-limit")
                .mapValues(SerializedValue::bytes, Named.as("unwrap-quarantine-bytes"))
                .peek((key, value) -> metrics.recordOutcome(Outcome.QUARANTINE), Named.as("count-quarantine"))
                .to(topic.name(), topic.producedSerialized("write-quarantine"));

        bySize.get("size-quarantine-too-large")
                .process(() -> new OversizedOutputProcessor(topic.name(), DeadLetterHeaders.QUARANTINE_TOO_LARGE,
                        metrics), Named.as("mark-oversized-quarantine"))
                .to(topics.deadLetter().name(), topics.deadLetter().produced("write-oversized-quarantine"));
    }

    private void writeAudit(KStream<byte[], AuditEvent> events, String label) {
        events
                .process(KeyByLineage::new, Named.as("key-audit-by-lineage-" + label))
                .to(topics.audit().name(), topics.audit().produced("write-audit-" + label));
    }

    private void countUnrouted(AuditEvent audit) {
        if (audit.getOutcome() == AuditOutcome.UNROUTED) {
            metrics.recordOutcome(Outcome.UNROUTED);
        }
    }
}
