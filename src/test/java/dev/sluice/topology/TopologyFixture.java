package dev.sluice.topology;

import java.nio.file.Path;
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
import dev.sluice.quarantine.QuarantineSeal;
import dev.sluice.redaction.TextScanner;
import dev.sluice.schemaregistry.AvroWireDeserializer;
import dev.sluice.schemaregistry.AvroWireSerializer;
import dev.sluice.schemaregistry.MockSchemaRegistry;

/**
 * A Sluice topology on {@link TopologyTestDriver} with a private mock registry scope, two vendors and helpers to
 * write events and read every output topic.
 */
final class TopologyFixture implements AutoCloseable {

    /** A synthetic email address, the personal data of the test events. */
    static final String EMAIL = "dana.whitfield@example.com";

    /** A synthetic AWS access key id, the secret of the test events. */
    static final String AWS_KEY = "AKIAQX7RTZ2MLPK5VW3N";

    final String scope = "topology-test-" + UUID.randomUUID();
    final Path directory;
    private final boolean ownsDirectory;
    final QuarantineSeal seal;
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

    TopologyFixture(Map<String, String> extraConfig) {
        this(null, extraConfig);
    }

    TopologyFixture(TextScanner scanner) {
        this(scanner, Map.of());
    }

    /** Builds the fixture; a non-null {@code scanner} replaces the detection engine. */
    TopologyFixture(TextScanner scanner, Map<String, String> extraConfig) {
        this(scanner, extraConfig, PolicyFiles.writeSample(), true);
    }

    /** Builds a second instance on the policy files and keysets of {@code first}, as another pod would run. */
    static TopologyFixture sharingKeysWith(TopologyFixture first) {
        return new TopologyFixture(null, Map.of(), first.directory, false);
    }

    private TopologyFixture(TextScanner scanner, Map<String, String> extraConfig, Path directory,
            boolean ownsDirectory) {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        Path reviewerKeyset = PolicyFiles.reviewerKeyset(directory);
        Map<String, String> values = new java.util.HashMap<>();
        values.put(SluiceConfig.BOOTSTRAP_SERVERS.name(), "127.0.0.1:9");
        values.put(SluiceConfig.SCHEMA_REGISTRY_URL.name(), "mock://" + scope);
        values.put(SluiceConfig.QUARANTINE_KEYSET.name(), "file:" + reviewerKeyset);
        values.putAll(extraConfig);
        config = SluiceConfig.of(values);
        pipeline = PipelineDefinitionLoader.load(directory.resolve("pipeline.yaml"));
        topics = SluiceTopics.create(config, pipeline);
        TextScanner effective = scanner != null ? scanner : new DetectionEngine(pipeline.detectionSettings())::scan;
        PolicyRuntime runtime = PolicyRuntime.load(pipeline, config, Map.of(), effective);
        seal = PolicyFiles.seal(reviewerKeyset);
        SluiceTopology topology = new SluiceTopology(topics, pipeline, runtime, metrics, config.outputLimitBytes());
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

    TestOutputTopic<byte[], byte[]> audit() {
        return output(topics.audit().name());
    }

    GenericRecord decode(String topic, byte[] value) {
        return deserializer.deserialize(topic, value);
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
        if (ownsDirectory) {
            PolicyFiles.delete(directory);
        }
    }
}
