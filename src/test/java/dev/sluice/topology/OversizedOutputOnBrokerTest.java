package dev.sluice.topology;

import static dev.sluice.topology.TopologyFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
import org.apache.kafka.streams.StreamsConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.sluice.app.SluiceApplication;
import dev.sluice.avro.AnnotationEvent;
import dev.sluice.config.SluiceConfig;
import dev.sluice.embedded.EmbeddedKafkaBroker;
import dev.sluice.schemaregistry.AvroWireSerializer;
import dev.sluice.schemaregistry.MockSchemaRegistry;

/**
 * Runs Sluice on the embedded broker with a small producer request limit, which also lowers Sluice's own output
 * limit: the masked record is too large for its vendor and is quarantined, the sealed quarantine record is too large
 * too, and exactly-once processing goes on with a dead letter in its place.
 */
class OversizedOutputOnBrokerTest {

    private static final int MAX_REQUEST_BYTES = 4096;

    @Test
    void tooLargeOutputsBecomeDeadLetterWithoutPayload() throws Exception {
        Path policies = PolicyFiles.writeSample();
        try {
            String scope = "oversized-" + UUID.randomUUID();
            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
                Map<String, String> values = new HashMap<>(PolicyFiles.config(policies));
                values.putAll(Map.of(
                        SluiceConfig.BOOTSTRAP_SERVERS.name(), broker.bootstrapServers(),
                        SluiceConfig.APPLICATION_ID.name(), "oversized-test",
                        SluiceConfig.SCHEMA_REGISTRY_URL.name(), "mock://" + scope,
                        SluiceConfig.METRICS_PORT.name(), "-1",
                        StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                        Integer.toString(MAX_REQUEST_BYTES)));
                SluiceConfig config = SluiceConfig.of(values);
                try (SluiceApplication app = SluiceApplication.create(config)) {
                    SluiceTopics topics = app.topics();
                    broker.createTopics(1, topics.allNames().toArray(String[]::new));
                    String bigPrompt = "word ".repeat(2 * MAX_REQUEST_BYTES / 5);
                    produce(broker, config, topics.input().name(), List.of(
                            event("evt-big", "helpdesk", bigPrompt).build(),
                            event("evt-small", "helpdesk", "a short prompt").build()));

                    app.start();

                    List<ConsumerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
                    List<ConsumerRecord<byte[], byte[]>> delivered = new ArrayList<>();
                    try (KafkaConsumer<byte[], byte[]> dlq = consumer(broker, topics.deadLetter().name());
                            KafkaConsumer<byte[], byte[]> vendor = consumer(broker,
                                    topics.vendor("northwind").name())) {
                        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
                            dlq.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
                            vendor.poll(Duration.ofMillis(200)).forEach(delivered::add);
                            return !deadLetters.isEmpty() && !delivered.isEmpty();
                        });
                    }

                    assertThat(deadLetters).hasSize(1);
                    ConsumerRecord<byte[], byte[]> deadLetter = deadLetters.get(0);
                    assertThat(deadLetter.value()).isNull();
                    assertThat(DeadLetterHeaders.get(deadLetter.headers(), DeadLetterHeaders.REASON))
                            .isEqualTo(DeadLetterHeaders.QUARANTINE_TOO_LARGE);
                    assertThat(DeadLetterHeaders.get(deadLetter.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
                    assertThat(DeadLetterHeaders.get(deadLetter.headers(), DeadLetterHeaders.OUTPUT_TOPIC))
                            .isEqualTo(topics.quarantine().name());
                    assertThat(delivered).hasSize(1);
                    assertThat(new String(delivered.get(0).headers().lastHeader("sluice-lineage-id").value(),
                            StandardCharsets.UTF_8)).isEqualTo(topics.input().name() + "/0/1");
                } finally {
                    MockSchemaRegistry.dropScope(scope);
                }
            }
        } finally {
            PolicyFiles.delete(policies);
        }
    }

    private static void produce(EmbeddedKafkaBroker broker, SluiceConfig config, String topic,
            List<AnnotationEvent> events) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (AvroWireSerializer<AnnotationEvent> serializer = new AvroWireSerializer<>();
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            serializer.configure(config.clientProperties(), false);
            for (AnnotationEvent event : events) {
                producer.send(new ProducerRecord<>(topic, null, serializer.serialize(topic, event)));
            }
            producer.flush();
        }
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
