package dev.sluice.topology;

import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

import dev.sluice.avro.QuarantineRecord;
import dev.sluice.metrics.Outcome;
import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.VendorRoute;
import dev.sluice.redaction.RecordRedactor;

/**
 * Builds Sluice's topology: read raw events, send tombstones to the dead-letter topic, scan and mask the rest, hold
 * unsafe records in quarantine, and route masked records to the vendors of their project. Undecodable and failing
 * records leave through the error handlers in {@code dev.sluice.topology.errors}. No topic name is written here: all
 * come from {@link SluiceTopics}.
 */
public final class SluiceTopology {

    private final SluiceTopics topics;
    private final PipelineDefinition pipeline;
    private final RecordRedactor redactor;
    private final SluiceMetrics metrics;
    private final int maxOutputBytes;

    /**
     * @param maxOutputBytes largest output record, key, value and headers included, that the topology sends; larger
     *                       outputs become dead letters without payload
     */
    public SluiceTopology(SluiceTopics topics, PipelineDefinition pipeline, RecordRedactor redactor,
            SluiceMetrics metrics, int maxOutputBytes) {
        this.topics = topics;
        this.pipeline = pipeline;
        this.redactor = redactor;
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

        byPresence.get("raw-tombstones")
                .processValues(() -> new TombstoneProcessor(metrics), Named.as("mark-tombstones-as-dead-letters"))
                .to(topics.deadLetter().name(), topics.deadLetter().produced("write-tombstone-dead-letters"));

        KStream<byte[], RedactionOutcome> outcomes = byPresence.get("raw-events")
                .processValues(() -> new ScanAndMaskProcessor(redactor, pipeline.forwardHeaders(), metrics),
                        Named.as(ScanAndMaskProcessor.SCAN_STEP));

        Map<String, KStream<byte[], RedactionOutcome>> byVerdict = outcomes
                .split(Named.as("verdict-"))
                .branch((key, outcome) -> outcome instanceof RedactionOutcome.Quarantined, Branched.as("quarantined"))
                .defaultBranch(Branched.as("masked"));

        writeQuarantine(byVerdict.get("verdict-quarantined"));
        routeToVendors(byVerdict.get("verdict-masked"));
        return builder.build();
    }

    private void writeQuarantine(KStream<byte[], RedactionOutcome> quarantined) {
        TopicSpec<byte[], QuarantineRecord> topic = topics.quarantine();
        KStream<byte[], SerializedValue> serialized = quarantined
                .mapValues(SluiceTopology::quarantineRecord, Named.as("unwrap-quarantine-records"))
                .processValues(() -> new SizeLimitedSerializer<>(topic.name(), topic.valueSerde().serializer(),
                        maxOutputBytes), Named.as("serialize-quarantine-records"));
        writeWithinLimit(serialized, topic, "quarantine", DeadLetterHeaders.QUARANTINE_TOO_LARGE,
                () -> metrics.recordOutcome(Outcome.QUARANTINE));
    }

    private void routeToVendors(KStream<byte[], RedactionOutcome> masked) {
        for (VendorRoute vendor : pipeline.vendors()) {
            TopicSpec<byte[], GenericRecord> topic = topics.vendor(vendor.name());
            KStream<byte[], SerializedValue> serialized = masked
                    .filter((key, outcome) -> vendor.receives(project(outcome)), Named.as("route-to-" + vendor.name()))
                    .process(VendorRecordProcessor::new, Named.as("prepare-for-" + vendor.name()))
                    .processValues(() -> new SizeLimitedSerializer<>(topic.name(), topic.valueSerde().serializer(),
                            maxOutputBytes), Named.as("serialize-for-" + vendor.name()));
            writeWithinLimit(serialized, topic, vendor.name(), DeadLetterHeaders.OUTPUT_TOO_LARGE,
                    () -> metrics.recordOutcome(Outcome.VENDOR, vendor.name()));
        }
        masked
                .filter((key, outcome) -> routesOf(outcome).isEmpty(), Named.as("find-unrouted"))
                .foreach((key, outcome) -> metrics.recordOutcome(Outcome.UNROUTED), Named.as("count-unrouted"));
    }

    /** Sends values that fit the size limit to {@code topic} and dead letters in place of the others. */
    private void writeWithinLimit(KStream<byte[], SerializedValue> serialized, TopicSpec<byte[], ?> topic,
            String label, String tooLargeReason, Runnable countSent) {
        Map<String, KStream<byte[], SerializedValue>> bySize = serialized
                .split(Named.as("size-" + label + "-"))
                .branch((key, value) -> value.fits(), Branched.as("within-limit"))
                .defaultBranch(Branched.as("too-large"));

        bySize.get("size-" + label + "-within-limit")
                .mapValues(SerializedValue::bytes, Named.as("unwrap-" + label + "-bytes"))
                .peek((key, value) -> countSent.run(), Named.as("count-" + label))
                .to(topic.name(), topic.producedSerialized("write-" + label));

        bySize.get("size-" + label + "-too-large")
                .process(() -> new OversizedOutputProcessor(topic.name(), tooLargeReason, metrics),
                        Named.as("mark-oversized-" + label))
                .to(topics.deadLetter().name(), topics.deadLetter().produced("write-oversized-" + label));
    }

    private List<VendorRoute> routesOf(RedactionOutcome outcome) {
        return pipeline.vendorsFor(project(outcome));
    }

    private static String project(RedactionOutcome outcome) {
        return ((RedactionOutcome.Masked) outcome).project();
    }

    private static QuarantineRecord quarantineRecord(RedactionOutcome outcome) {
        return ((RedactionOutcome.Quarantined) outcome).record();
    }
}
