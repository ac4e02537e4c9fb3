package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.sluice.app.SluiceApplication;
import dev.sluice.avro.AnnotationEvent;
import dev.sluice.avro.EventType;
import dev.sluice.config.SluiceConfig;
import dev.sluice.embedded.EmbeddedKafkaBroker;
import dev.sluice.topology.PolicyFiles;
import dev.sluice.topology.SluiceTopics;

/**
 * Runs Sluice on the embedded broker against a registry over HTTP that is down when Sluice starts: the instance stops
 * without writing anything, and a new instance started after the registry is back delivers every record once.
 */
class RegistryOutageOnBrokerTest {

    private static final int EVENTS = 3;
    private static final String VENDOR = "northwind";
    private static final int ALWAYS = 1_000_000;

    @Test
    void outageDelaysRecordsWithoutLosingThem() throws Exception {
        Path policies = PolicyFiles.writeSample();
        try {
            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
                    StubSchemaRegistry registry = new StubSchemaRegistry()) {
                Map<String, String> values = new HashMap<>(PolicyFiles.config(policies));
                values.putAll(Map.of(
                        SluiceConfig.BOOTSTRAP_SERVERS.name(), broker.bootstrapServers(),
                        SluiceConfig.APPLICATION_ID.name(), "outage-test",
                        SluiceConfig.SCHEMA_REGISTRY_URL.name(), registry.url(),
                        SluiceConfig.METRICS_PORT.name(), "-1",
                        SchemaRegistryConfig.MAX_RETRIES, "1",
                        SchemaRegistryConfig.RETRY_BACKOFF_MS, "10",
                        SchemaRegistryConfig.RETRY_BACKOFF_MAX_MS, "20"));
                SluiceConfig config = SluiceConfig.of(values);
                SluiceTopics topics;
                try (SluiceApplication first = SluiceApplication.create(config)) {
                    topics = first.topics();
                    broker.createTopics(1, topics.allNames().toArray(String[]::new));
                    produce(broker, config, topics.input().name());
                    registry.failNextWith503(ALWAYS);

                    first.start();

                    Awaitility.await().atMost(Duration.ofSeconds(90))
                            .until(() -> first.streams().state() == KafkaStreams.State.ERROR
                                    || first.streams().state() == KafkaStreams.State.NOT_RUNNING
                                    || first.streams().state() == KafkaStreams.State.PENDING_SHUTDOWN);
                }
                assertThat(readAll(broker, topics.vendor(VENDOR).name(), Duration.ofSeconds(2))).isEmpty();
                assertThat(readAll(broker, topics.deadLetter().name(), Duration.ofSeconds(1))).isEmpty();
                assertThat(readAll(broker, topics.quarantine().name(), Duration.ofSeconds(1))).isEmpty();

                registry.failNextWith503(0);
                try (SluiceApplication second = SluiceApplication.create(config)) {
                    second.start();
                    List<ConsumerRecord<byte[], byte[]>> delivered = new ArrayList<>();
                    try (KafkaConsumer<byte[], byte[]> vendor = consumer(broker, topics.vendor(VENDOR).name())) {
                        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
                            vendor.poll(Duration.ofMillis(200)).forEach(delivered::add);
                            return delivered.size() >= EVENTS;
                        });
                        vendor.poll(Duration.ofSeconds(2)).forEach(delivered::add);
                    }

                    assertThat(delivered).extracting(record -> new String(
                            record.headers().lastHeader("sluice-lineage-id").value(), StandardCharsets.UTF_8))
                            .containsExactlyInAnyOrder(topics.input().name() + "/0/0", topics.input().name() + "/0/1",
                                    topics.input().name() + "/0/2");
                    assertThat(readAll(broker, topics.deadLetter().name(), Duration.ofSeconds(1))).isEmpty();
                }
            }
        } finally {
            PolicyFiles.delete(policies);
        }
    }

    private static void produce(EmbeddedKafkaBroker broker, SluiceConfig config, String topic) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (AvroWireSerializer<AnnotationEvent> serializer = new AvroWireSerializer<>();
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            serializer.configure(config.clientProperties(), false);
            for (int i = 0; i < EVENTS; i++) {
                AnnotationEvent event = AnnotationEvent.newBuilder()
                        .setEventId("evt-" + i)
                        .setEventType(EventType.PROMPT)
                        .setProject("helpdesk")
                        .setCreatedAt(Instant.parse("2026-11-03T14:22:05Z"))
                        .setPrompt("prompt number " + i)
                        .setMessages(List.of())
                        .setLabels(List.of())
                        .setMetadata(Map.of())
                        .build();
                producer.send(new ProducerRecord<>(topic, null, serializer.serialize(topic, event)));
            }
            producer.flush();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(EmbeddedKafkaBroker broker, String topic,
            Duration wait) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(broker, topic)) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(EmbeddedKafkaBroker broker, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}
