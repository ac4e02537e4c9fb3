package dev.sluice.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.app.SluiceApplication;
import dev.sluice.config.SluiceConfig;
import dev.sluice.config.SluiceHome;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.PipelineDefinitionLoader;
import dev.sluice.embedded.EmbeddedKafkaBroker;
import dev.sluice.metrics.Outcome;
import dev.sluice.schemaregistry.AvroWireDeserializer;
import dev.sluice.schemaregistry.AvroWireSerializer;
import dev.sluice.schemaregistry.MockSchemaRegistry;
import dev.sluice.topology.SluiceTopics;

/**
 * Runs the whole pipeline on an embedded single-node broker: creates the topics, produces the input events in the
 * wire format, runs Sluice until every input record is processed, reads every output topic back and reports.
 */
public final class DemoRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRunner.class);

    static final String SAMPLE_EVENTS = "topology/samples/events.jsonl";
    static final String SAMPLE_UNDECODABLE = "topology/samples/undecodable.jsonl";
    static final int INPUT_PARTITIONS = 3;
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoOptions options;
    private final PrintStream out;
    private final CountDownLatch closed = new CountDownLatch(1);

    public DemoRunner(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the demo and returns its summary. */
    public DemoSummary run() throws IOException, InterruptedException {
        try {
            return runOnEmbeddedBroker(readInputs());
        } finally {
            closed.countDown();
        }
    }

    private DemoSummary runOnEmbeddedBroker(List<InputRecord> inputs) throws IOException, InterruptedException {
        String registryScope = "sluice-demo-" + UUID.randomUUID();
        Path pipelineFile = SluiceHome.resolve(SluiceConfig.PIPELINE_FILE.defaultValue()).toAbsolutePath();
        PipelineDefinition pipeline = PipelineDefinitionLoader.load(pipelineFile);
        Path reviewerKeyset = DemoKeys.ensure(pipeline, pipelineFile.getParent(), out);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            SluiceConfig config = SluiceConfig.of(Map.of(
                    SluiceConfig.BOOTSTRAP_SERVERS.name(), broker.bootstrapServers(),
                    SluiceConfig.APPLICATION_ID.name(), "sluice-demo",
                    SluiceConfig.SCHEMA_REGISTRY_URL.name(), "mock://" + registryScope,
                    SluiceConfig.PIPELINE_FILE.name(), pipelineFile.toString(),
                    SluiceConfig.QUARANTINE_KEYSET.name(), "file:" + reviewerKeyset,
                    SluiceConfig.METRICS_PORT.name(), Integer.toString(options.metricsPort())));
            try (SluiceApplication app = SluiceApplication.create(config)) {
                SluiceTopics topics = app.topics();
                broker.createTopics(INPUT_PARTITIONS, topics.input().name());
                broker.createTopics(1, topics.outputNames().toArray(String[]::new));

                produce(broker.bootstrapServers(), topics.input().name(), inputs, config);
                app.start();
                awaitProcessed(broker.bootstrapServers(), topics.input().name(), config);
                awaitTransactionsSettled(broker.bootstrapServers(), topics.outputNames());

                DemoSummary summary = collect(broker.bootstrapServers(), app, inputs.size(), config);
                print(summary);
                if (options.keepRunning()) {
                    awaitInterrupt(app);
                }
                return summary;
            } finally {
                MockSchemaRegistry.dropScope(registryScope);
            }
        }
    }

    private List<InputRecord> readInputs() {
        List<InputRecord> inputs = new ArrayList<>();
        if (options.eventsFile() != null) {
            inputs.addAll(EventFiles.readEvents(options.eventsFile()));
            return inputs;
        }
        inputs.addAll(EventFiles.readEvents(SluiceHome.resolve(SAMPLE_EVENTS)));
        inputs.addAll(EventFiles.readRawPayloads(SluiceHome.resolve(SAMPLE_UNDECODABLE)));
        inputs.add(new InputRecord("annotation:deleted-demo".getBytes(StandardCharsets.UTF_8), null, null, Map.of(),
                "tombstone"));
        return inputs;
    }

    private void produce(String bootstrapServers, String topic, List<InputRecord> inputs, SluiceConfig config) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(16 * 1024 * 1024));
        try (AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>();
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            serializer.configure(config.clientProperties(), false);
            for (InputRecord input : inputs) {
                byte[] value = input.event() != null ? serializer.serialize(topic, input.event()) : input.raw();
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, input.key(), value);
                input.headers().forEach((name, text) -> record.headers().add(name,
                        text.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
        LOG.info("Produced {} records to {}", inputs.size(), topic);
    }

    /** Waits until Sluice's committed offsets reach the end of every input partition. */
    private void awaitProcessed(String bootstrapServers, String topic, SluiceConfig config)
            throws InterruptedException {
        Map<String, Object> adminConfig = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        String group = config.get(SluiceConfig.APPLICATION_ID);
        long deadline = System.nanoTime() + PROCESSING_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(adminConfig)) {
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (int partition = 0; partition < INPUT_PARTITIONS; partition++) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(latest).all().get();
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                boolean done = end.entrySet().stream().allMatch(entry -> {
                    OffsetAndMetadata offset = committed.get(entry.getKey());
                    long target = entry.getValue().offset();
                    return target == 0 || (offset != null && offset.offset() >= target);
                });
                if (done) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Sluice did not process all input within "
                            + PROCESSING_TIMEOUT.toMinutes() + " minutes; committed offsets: " + committed);
                }
                Thread.sleep(200);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Cannot read offsets from the embedded broker", e.getCause());
        }
    }

    /**
     * Waits until no output partition has an open transaction: its last stable offset equals its high watermark.
     * The committed input offsets become visible before the coordinator has written every commit marker to the
     * output partitions, so reading right away with read_committed could stop short of the last records.
     */
    private void awaitTransactionsSettled(String bootstrapServers, List<String> topics) throws InterruptedException {
        Map<String, Object> adminConfig = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        long deadline = System.nanoTime() + PROCESSING_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(adminConfig)) {
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
                description.partitions().forEach(partition -> latest.put(
                        new TopicPartition(description.name(), partition.partition()), OffsetSpec.latest()));
            }
            while (true) {
                var committed = admin.listOffsets(latest,
                        new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
                var written = admin.listOffsets(latest,
                        new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get();
                boolean settled = latest.keySet().stream()
                        .allMatch(partition -> committed.get(partition).offset() == written.get(partition).offset());
                if (settled) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Output transactions did not settle within "
                            + PROCESSING_TIMEOUT.toMinutes() + " minutes");
                }
                Thread.sleep(100);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Cannot read offsets from the embedded broker", e.getCause());
        }
    }

    private DemoSummary collect(String bootstrapServers, SluiceApplication app, int recordsIn, SluiceConfig config)
            throws IOException {
        SluiceTopics topics = app.topics();
        OutputTopicReader reader = new OutputTopicReader(bootstrapServers);
        AvroWireDeserializer avro = new AvroWireDeserializer();
        avro.configure(config.clientProperties(), false);
        Function<byte[], JsonNode> decodeAvro = bytes -> AvroJson.toJson((GenericRecord) avro.deserialize("", bytes));

        Map<String, List<OutputRecord>> vendorOutputs = new LinkedHashMap<>();
        topics.vendors().forEach((vendor, spec) -> vendorOutputs.put(vendor, reader.read(spec.name(), decodeAvro)));
        List<OutputRecord> quarantine = reader.read(topics.quarantine().name(), decodeAvro);
        List<OutputRecord> deadLetters = reader.read(topics.deadLetter().name(), OutputTopicReader::base64);
        List<OutputRecord> auditEvents = reader.read(topics.audit().name(), decodeAvro);

        if (options.dumpDir() != null) {
            Files.createDirectories(options.dumpDir());
            for (Map.Entry<String, List<OutputRecord>> vendor : vendorOutputs.entrySet()) {
                dump(topics.vendor(vendor.getKey()).name(), vendor.getValue());
            }
            dump(topics.quarantine().name(), quarantine);
            dump(topics.deadLetter().name(), deadLetters);
            dump(topics.audit().name(), auditEvents);
        }
        long unrouted = (long) app.metrics().outcomeTotal(Outcome.UNROUTED);
        return DemoSummary.of(recordsIn, vendorOutputs, quarantine, deadLetters, auditEvents, unrouted,
                app.metrics().detectionTotals(), options.keepRunning() ? app.metricsUrl() : null);
    }

    private void dump(String topic, List<OutputRecord> records) throws IOException {
        Path file = options.dumpDir().resolve(topic + ".jsonl");
        List<String> lines = new ArrayList<>(records.size());
        for (OutputRecord record : records) {
            ObjectNode line = JSON.createObjectNode();
            line.put("key", record.key());
            line.set("value", record.value());
            line.set("headers", JSON.valueToTree(record.headers()));
            line.put("partition", record.partition());
            line.put("offset", record.offset());
            lines.add(JSON.writeValueAsString(line));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private void print(DemoSummary summary) throws IOException {
        if (options.json()) {
            out.println(JSON.writeValueAsString(summary));
        } else {
            out.print(summary.toText());
        }
        out.flush();
    }

    private void awaitInterrupt(SluiceApplication app) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM exits when its shutdown hooks end, so the hook waits until run() has closed Sluice and the broker.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(SHUTDOWN_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sluice-demo-shutdown"));
        if (!options.json()) {
            String metrics = app.metricsUrl() == null ? "the metrics endpoint is disabled"
                    : "metrics at " + app.metricsUrl();
            out.println("Pipeline keeps running; " + metrics + ". Press Ctrl+C to stop.");
            out.flush();
        }
        stopped.await();
    }
}
