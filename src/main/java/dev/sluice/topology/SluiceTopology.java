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

    public SluiceTopology(SluiceTopics topics, PipelineDefinition pipeline, RecordRedactor redactor,
            SluiceMetrics metrics) {
        this.topics = topics;
        this.pipeline = pipeline;
        this.redactor = redactor;
        this.metrics = metrics;
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
        quarantined
                .mapValues(SluiceTopology::quarantineRecord, Named.as("unwrap-quarantine-records"))
                .peek((key, record) -> metrics.recordOutcome(Outcome.QUARANTINE), Named.as("count-quarantined"))
                .to(topics.quarantine().name(), topics.quarantine().produced("write-quarantine"));
    }

    private void routeToVendors(KStream<byte[], RedactionOutcome> masked) {
        for (VendorRoute vendor : pipeline.vendors()) {
            TopicSpec<byte[], GenericRecord> topic = topics.vendor(vendor.name());
            masked
                    .filter((key, outcome) -> vendor.receives(project(outcome)), Named.as("route-to-" + vendor.name()))
                    .process(() -> new VendorRecordProcessor(vendor.name(), metrics),
                            Named.as("prepare-for-" + vendor.name()))
                    .to(topic.name(), topic.produced("write-to-" + vendor.name()));
        }
        masked
                .filter((key, outcome) -> routesOf(outcome).isEmpty(), Named.as("find-unrouted"))
                .foreach((key, outcome) -> metrics.recordOutcome(Outcome.UNROUTED), Named.as("count-unrouted"));
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
