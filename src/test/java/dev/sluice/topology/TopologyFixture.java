package dev.sluice.topology;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import dev.sluice.avro.AnnotationEvent;
import dev.sluice.avro.EventType;
import dev.sluice.avro.Message;
import dev.sluice.config.SluiceConfig;
import dev.sluice.detection.DetectionEngine;
import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.PipelineDefinitionLoader;
import dev.sluice.redaction.RecordRedactor;
import dev.sluice.redaction.TextScanner;
import dev.sluice.schemaregistry.AvroWireDeserializer;
import dev.sluice.schemaregistry.AvroWireSerializer;
import dev.sluice.schemaregistry.MockSchemaRegistry;

/**
 * A Sluice topology on {@link TopologyTestDriver} with a private mock registry scope, two vendors and helpers to
 * write events and read every output topic.
 */
final class TopologyFixture implements AutoCloseable {

    static final String PIPELINE = """
            version: 1
            vendors:
              - name: northwind
                topic: vendor.northwind
                projects: [helpdesk, shared]
              - name: atlas
                topic: vendor.atlas
                projects: [code-evals, shared]
            internal_projects: [redteam]
            codenames: [Kestrel]
            confidentiality_labels: ["ACME CONFIDENTIAL"]
            forward_headers: [trace-id, x-note]
            """;

    final String scope = "topology-test-" + UUID.randomUUID();
    final SluiceConfig config;
    final PipelineDefinition pipeline;
    final SluiceTopics topics;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final SluiceMetrics metrics = new SluiceMetrics(registry);
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> input;
    private final AvroWireSerializer<AnnotationEvent> serializer = new AvroWireSerializer<>();
    private final AvroWireDeserializer deserializer = new AvroWireDeserializer();

    TopologyFixture() {
        this(null, Map.of());
    }

    TopologyFixture(TextScanner scanner) {
        this(scanner, Map.of());
    }

    /** Builds the fixture; a non-null {@code scanner} replaces the detection engine. */
    TopologyFixture(TextScanner scanner, Map<String, String> extraConfig) {
        Map<String, String> values = new java.util.HashMap<>(extraConfig);
        values.put(SluiceConfig.BOOTSTRAP_SERVERS.name(), "127.0.0.1:9");
        values.put(SluiceConfig.SCHEMA_REGISTRY_URL.name(), "mock://" + scope);
        config = SluiceConfig.of(values);
        pipeline = PipelineDefinitionLoader.load(new ByteArrayInputStream(PIPELINE.getBytes(StandardCharsets.UTF_8)),
                "test pipeline");
        topics = SluiceTopics.create(config, pipeline);
        TextScanner effective = scanner != null ? scanner : new DetectionEngine(pipeline.detectionSettings())::scan;
        SluiceTopology topology = new SluiceTopology(topics, pipeline, new RecordRedactor(effective), metrics,
                config.outputLimitBytes());
        Properties properties = StreamsProperties.create(config, metrics);
        driver = new TopologyTestDriver(topology.build(), properties);
        input = driver.createInputTopic(topics.input().name(), new ByteArraySerializer(), new ByteArraySerializer());
        serializer.configure(config.clientProperties(), false);
        deserializer.configure(config.clientProperties(), false);
    }

    static AnnotationEvent.Builder event(String id, String project, String prompt) {
        return AnnotationEvent.newBuilder()
                .setEventId(id)
                .setEventType(EventType.PROMPT)
                .setProject(project)
                .setCreatedAt(Instant.parse("2026-11-03T14:22:05Z"))
                .setPrompt(prompt)
                .setMessages(List.of())
                .setLabels(List.of())
                .setMetadata(Map.of());
    }

    static Message message(String role, String content) {
        return new Message(role, content);
    }

    byte[] encode(AnnotationEvent event) {
        return serializer.serialize(topics.input().name(), event);
    }

    void send(byte[] key, AnnotationEvent event) {
        input.pipeInput(key, encode(event));
    }

    TestOutputTopic<byte[], byte[]> output(String topic) {
        return driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    TestOutputTopic<byte[], byte[]> vendor(String vendor) {
        return output(topics.vendor(vendor).name());
    }

    TestOutputTopic<byte[], byte[]> quarantine() {
        return output(topics.quarantine().name());
    }

    TestOutputTopic<byte[], byte[]> deadLetters() {
        return output(topics.deadLetter().name());
    }

    GenericRecord decode(String topic, byte[] value) {
        return deserializer.deserialize(topic, value);
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }
}
