package dev.sluice.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts and stops brokers: directory cleanup, restart on a kept directory and port conflicts. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedKafkaBrokerLifecycleTest {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBrokerLifecycleTest.class);

    @Test
    void closeDeletesTemporaryLogDir() {
        long startNanos = System.nanoTime();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        long startMillis = elapsedMillis(startNanos);
        Path directory = broker.logDir();

        assertThat(directory.resolve(EmbeddedKafkaBroker.CONFIG_FILE_NAME)).isRegularFile();
        assertThat(directory.resolve(EmbeddedKafkaBroker.KAFKA_LOGS_DIR_NAME).resolve("meta.properties"))
                .isRegularFile();

        long closeNanos = System.nanoTime();
        broker.close();
        long closeMillis = elapsedMillis(closeNanos);
        log.info("Measured broker start {} ms and close {} ms", startMillis, closeMillis);

        assertThat(directory).doesNotExist();
        broker.close();
        assertThatThrownBy(() -> broker.createTopics(1, "after-close"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void givenLogDirIsKeptAndReused(@TempDir Path directory) throws Exception {
        Path dataDir = directory.resolve("broker-data");
        String firstBootstrap;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().logDir(dataDir).start()) {
            firstBootstrap = broker.bootstrapServers();
            broker.createTopics(1, "kept-topic");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                producer.send(new ProducerRecord<>("kept-topic", "key", "kept-value")).get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(dataDir.resolve(EmbeddedKafkaBroker.KAFKA_LOGS_DIR_NAME).resolve("meta.properties"))
                .isRegularFile();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().logDir(dataDir).start();
                Admin admin = Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<ConsumerRecord<String, String>> records = EmbeddedKafkaBrokerTest.consume(
                    broker.bootstrapServers(), "kept-topic", "kept-reader", "read_committed", 1);

            assertThat(broker.bootstrapServers()).isNotEqualTo(firstBootstrap);
            assertThat(topics).contains("kept-topic");
            assertThat(records).extracting(ConsumerRecord::value).containsExactly("kept-value");
        }
        assertThat(dataDir).isDirectory();
    }

    @Test
    void startRetriesWhenPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int takenPort = taken.getLocalPort();
            AtomicInteger calls = new AtomicInteger();
            IntSupplier takenPortFirst = () -> calls.getAndIncrement() == 0
                    ? takenPort
                    : EmbeddedKafkaBroker.pickFreeLoopbackPort();

            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                    .portPicker(takenPortFirst)
                    .maxStartAttempts(3)
                    .start()) {
                assertThat(broker.bootstrapServers()).isNotEqualTo("127.0.0.1:" + takenPort);
                assertThat(calls.get()).isGreaterThanOrEqualTo(4);
                broker.createTopics(1, "after-retry");
            }
        }
    }

    @Test
    void startFailsWhenAttemptsRunOut() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int takenPort = taken.getLocalPort();
            AtomicInteger calls = new AtomicInteger();
            IntSupplier alwaysTakenBrokerPort = () -> calls.getAndIncrement() % 2 == 0
                    ? takenPort
                    : EmbeddedKafkaBroker.pickFreeLoopbackPort();

            EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder()
                    .portPicker(alwaysTakenBrokerPort)
                    .maxStartAttempts(2)
                    .startupTimeout(Duration.ofSeconds(60));

            assertThatThrownBy(builder::start)
                    .isInstanceOf(EmbeddedKafkaException.class)
                    .hasMessageContaining("failed to start")
                    .satisfies(error -> assertThat(EmbeddedKafkaBroker.isBindConflict(error)).isTrue());
            assertThat(calls.get()).isEqualTo(4);
        }
    }

    @Test
    void builderRejectsReservedProperties() {
        for (String key : List.of("listeners", "advertised.listeners", "log.dirs", "process.roles")) {
            assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().brokerProperty(key, "value"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(key);
        }
    }

    @Test
    void startRejectsInvalidBrokerProperty(@TempDir Path directory) {
        EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder()
                .logDir(directory)
                .brokerProperty("message.max.bytes", "not-a-number");

        assertThatThrownBy(builder::start)
                .isInstanceOf(EmbeddedKafkaException.class)
                .hasMessageContaining("message.max.bytes")
                .hasMessageContaining("not-a-number");
        assertThat(directory.resolve(EmbeddedKafkaBroker.KAFKA_LOGS_DIR_NAME)).doesNotExist();
    }

    @Test
    void builderRejectsInvalidOptions() {
        EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder();

        assertThatThrownBy(() -> builder.maxStartAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.startupTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.brokerProperty("message.max.bytes", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void bindConflictDetectionFollowsCauses() {
        Exception wrapped = new EmbeddedKafkaException("start failed",
                new RuntimeException("Socket server failed", new BindException("Address already in use")));
        Exception unrelated = new EmbeddedKafkaException("start failed", new IllegalStateException("disk full"));

        assertThat(EmbeddedKafkaBroker.isBindConflict(wrapped)).isTrue();
        assertThat(EmbeddedKafkaBroker.isBindConflict(unrelated)).isFalse();
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
