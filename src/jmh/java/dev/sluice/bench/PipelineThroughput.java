package dev.sluice.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

import dev.sluice.app.SluiceApplication;
import dev.sluice.config.SluiceConfig;
import dev.sluice.demo.DemoKeys;
import dev.sluice.demo.EventFiles;
import dev.sluice.demo.InputRecord;
import dev.sluice.embedded.EmbeddedKafkaBroker;
import dev.sluice.policy.PipelineDefinitionLoader;
import dev.sluice.schemaregistry.AvroWireSerializer;
import dev.sluice.schemaregistry.MockSchemaRegistry;

/**
 * End-to-end throughput of Sluice on the embedded broker, against a baseline measured in the same run. The
 * baseline is a Kafka Streams application that copies the same input bytes to one output topic with the same
 * processing guarantee: what the broker and Kafka Streams allow without any work on the records. Both read a
 * single-partition input with one stream thread, from the first poll until their committed offset reaches the end.
 * Peak heap use is sampled every 50 ms.
 *
 * <p>Run with {@code java -cp target/benchmarks.jar dev.sluice.bench.PipelineThroughput [RECORDS [ROUNDS]]} from the
 * repository root: the bundled sample events, repeated to RECORDS records (default 20000), go through each
 * application ROUNDS times (default 3) in alternation.
 */
public final class PipelineThroughput {

    private static final String INPUT = "bench.input";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private PipelineThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("sluice-throughput");
        Path pipeline = copyBundledPipeline(work);
        Path reviewer = DemoKeys.ensure(PipelineDefinitionLoader.load(pipeline), work, new PrintStream(
                OutputStream.nullOutputStream()));
        String scope = "throughput-" + UUID.randomUUID();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            broker.createTopics(1, INPUT);
            long bytes = produce(broker.bootstrapServers(), scope, records);
            System.out.printf("input: %d records, %d bytes of Avro values (%.0f bytes each)%n", records, bytes,
                    (double) bytes / records);
            for (int round = 1; round <= rounds; round++) {
                String copyId = "copy-" + round;
                String sluiceId = "sluice-" + round;
                Result copy = run(broker, copyId, () -> copyApplication(broker, copyId));
                Result sluice = run(broker, sluiceId, () -> sluiceApplication(broker, scope, pipeline, reviewer,
                        sluiceId));
                System.out.printf("round %d: copy %.0f records/s (%.2f MB/s, peak heap %d MB); sluice %.0f "
                                + "records/s (%.2f MB/s, peak heap %d MB); sluice / copy %.3f%n", round,
                        copy.recordsPerSecond(records), copy.megabytesPerSecond(bytes), copy.peakHeapMb(),
                        sluice.recordsPerSecond(records), sluice.megabytesPerSecond(bytes), sluice.peakHeapMb(),
                        sluice.recordsPerSecond(records) / copy.recordsPerSecond(records));
            }
        } finally {
            MockSchemaRegistry.dropScope(scope);
        }
    }

    private static Path copyBundledPipeline(Path work) throws IOException {
        Files.createDirectories(work.resolve("policies"));
        Files.copy(Path.of("topology/pipeline.yaml"), work.resolve("pipeline.yaml"));
        try (Stream<Path> policies = Files.list(Path.of("topology/policies"))) {
            for (Path policy : policies.filter(file -> file.toString().endsWith(".yaml")).toList()) {
                Files.copy(policy, work.resolve("policies").resolve(policy.getFileName()));
            }
        }
        return work.resolve("pipeline.yaml");
    }

    /** Produces the sample events, repeated to {@code records}, and returns the bytes of their values. */
    private static long produce(String bootstrapServers, String scope, int records) {
        List<GenericRecord> events = new ArrayList<>();
        for (InputRecord input : EventFiles.readEvents(Path.of("topology/samples/events.jsonl"))) {
            events.add(input.event());
        }
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(16 * 1024 * 1024));
        long bytes = 0;
        try (AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>();
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            serializer.configure(Map.of("schema.registry.url", "mock://" + scope), false);
            for (int i = 0; i < records; i++) {
                byte[] value = serializer.serialize(INPUT, events.get(i % events.size()));
                bytes += value.length;
                producer.send(new ProducerRecord<>(INPUT, null, value));
            }
            producer.flush();
        }
        return bytes;
    }

    private static KafkaStreams copyApplication(EmbeddedKafkaBroker broker, String applicationId) {
        broker.createTopics(1, applicationId + ".out");
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(INPUT, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to(applicationId + ".out", Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory());
        properties.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        return new KafkaStreams(builder.build(), properties);
    }

    private static KafkaStreams sluiceApplication(EmbeddedKafkaBroker broker, String scope, Path pipeline,
            Path reviewer, String applicationId) {
        Map<String, String> values = new HashMap<>();
        values.put(SluiceConfig.BOOTSTRAP_SERVERS.name(), broker.bootstrapServers());
        values.put(SluiceConfig.APPLICATION_ID.name(), applicationId);
        values.put(SluiceConfig.SCHEMA_REGISTRY_URL.name(), "mock://" + scope);
        values.put(SluiceConfig.PIPELINE_FILE.name(), pipeline.toString());
        values.put(SluiceConfig.QUARANTINE_KEYSET.name(), "file:" + reviewer);
        values.put(SluiceConfig.INPUT_TOPIC.name(), INPUT);
        values.put(SluiceConfig.METRICS_PORT.name(), "-1");
        values.put(SluiceConfig.QUARANTINE_TOPIC.name(), applicationId + ".quarantine");
        values.put(SluiceConfig.DEAD_LETTER_TOPIC.name(), applicationId + ".dead-letter");
        values.put(SluiceConfig.AUDIT_TOPIC.name(), applicationId + ".audit");
        values.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory());
        values.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        try {
            SluiceApplication app = SluiceApplication.create(SluiceConfig.of(values));
            List<String> outputs = new ArrayList<>(app.topics().outputNames());
            // Vendor topics keep their names from the pipeline file, so later rounds find them already there.
            outputs.removeIf(topic -> topic.startsWith("vendor."));
            broker.createTopics(1, outputs.toArray(String[]::new));
            createIfMissing(broker, app.topics().vendors().values().stream().map(spec -> spec.name()).toList());
            return app.streams();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createIfMissing(EmbeddedKafkaBroker broker, List<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers()))) {
            List<String> missing = new ArrayList<>(topics);
            missing.removeAll(admin.listTopics().names().get());
            if (!missing.isEmpty()) {
                broker.createTopics(1, missing.toArray(String[]::new));
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stateDirectory() {
        try {
            return Files.createTempDirectory("sluice-throughput-state").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the application, waits until it has committed the whole input, and stops it. */
    private static Result run(EmbeddedKafkaBroker broker, String group, java.util.function.Supplier<KafkaStreams>
            application) throws Exception {
        KafkaStreams streams = application.get();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long started = System.nanoTime();
        streams.start();
        awaitCommitted(broker.bootstrapServers(), group);
        long elapsed = System.nanoTime() - started;
        sampler.interrupt();
        streams.close(Duration.ofSeconds(30));
        return new Result(elapsed, peak.get());
    }

    private static void awaitCommitted(String bootstrapServers, String group) throws Exception {
        TopicPartition partition = new TopicPartition(INPUT, 0);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get().get(partition).offset();
            while (System.nanoTime() < deadline) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get().get(partition);
                if (committed != null && committed.offset() >= end) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException(group + " did not commit the whole input within " + TIMEOUT);
    }

    /** Wall-clock time of one run and the largest heap use sampled during it. */
    private record Result(long nanos, long peakHeapBytes) {

        double recordsPerSecond(int records) {
            return records / (nanos / 1e9);
        }

        double megabytesPerSecond(long bytes) {
            return bytes / 1e6 / (nanos / 1e9);
        }

        long peakHeapMb() {
            return peakHeapBytes / (1024 * 1024);
        }
    }
}
