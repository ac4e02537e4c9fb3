package dev.sluice.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs plain, transactional and Kafka Streams clients against one broker shared by the class. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedKafkaBrokerTest {

    private static final String MESSAGE_MAX_BYTES = Integer.toString(2 * 1024 * 1024);
    private static final Duration CONSUME_TIMEOUT = Duration.ofSeconds(30);

    private static EmbeddedKafkaBroker broker;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.builder()
                .brokerProperty("message.max.bytes", MESSAGE_MAX_BYTES)
                .start();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    @AfterAll
    static void stopBroker() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void brokerNodeAdvertisesLoopback() throws Exception {
        Collection<Node> nodes = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);

        assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
        assertThat(nodes).hasSize(1);
        Node node = nodes.iterator().next();
        assertThat(node.host()).isEqualTo("127.0.0.1");
        assertThat(node.port()).isEqualTo(port(broker.bootstrapServers()));
    }

    @Test
    void controllerNodeAdvertisesLoopback() throws Exception {
        assertThat(broker.controllerBootstrapServers()).startsWith("127.0.0.1:");

        try (Admin controllerAdmin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, broker.controllerBootstrapServers()))) {
            Collection<Node> nodes = controllerAdmin.describeCluster().nodes().get(10, TimeUnit.SECONDS);

            assertThat(nodes).hasSize(1);
            Node node = nodes.iterator().next();
            assertThat(node.host()).isEqualTo("127.0.0.1");
            assertThat(node.port()).isEqualTo(port(broker.controllerBootstrapServers()));
        }
    }

    @Test
    void listenersBindOnlyToLoopback() throws IOException {
        Path ipv4Table = Path.of("/proc/net/tcp");
        Path ipv6Table = Path.of("/proc/net/tcp6");
        Assumptions.assumeTrue(Files.isReadable(ipv4Table), "needs Linux /proc/net/tcp");
        int brokerPort = port(broker.bootstrapServers());
        int controllerPort = port(broker.controllerBootstrapServers());

        // Java binds IPv4 addresses through a dual-stack IPv6 socket where one is available, so a
        // listener shows up either in tcp or, as an IPv4-mapped address, in tcp6. A wildcard bind would
        // show up as 00000000 or as 32 zeros instead.
        List<String> listeners = new ArrayList<>(ProcNetTcp.listeningAddresses(ipv4Table, brokerPort, controllerPort));
        if (Files.isReadable(ipv6Table)) {
            listeners.addAll(ProcNetTcp.listeningAddresses(ipv6Table, brokerPort, controllerPort));
        }

        assertThat(listeners).hasSize(2);
        assertThat(listeners).allSatisfy(address -> assertThat(ProcNetTcp.isLoopbackIpv4(address))
                .as("listening address %s is 127.0.0.1", address)
                .isTrue());
        assertThat(listeners).anySatisfy(address -> assertThat(address).endsWith(":" + ProcNetTcp.hexPort(brokerPort)));
        assertThat(listeners).anySatisfy(
                address -> assertThat(address).endsWith(":" + ProcNetTcp.hexPort(controllerPort)));
    }

    @Test
    void brokerPropertyOverridesDefault() throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER,
                Integer.toString(EmbeddedKafkaBroker.NODE_ID));

        Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);

        assertThat(config.get("message.max.bytes").value()).isEqualTo(MESSAGE_MAX_BYTES);
        assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
        assertThat(config.get("offsets.topic.replication.factor").value()).isEqualTo("1");
        assertThat(config.get("transaction.state.log.min.isr").value()).isEqualTo("1");
        assertThat(config.get("group.initial.rebalance.delay.ms").value()).isEqualTo("0");
    }

    @Test
    void createTopicsCreatesPartitions() throws Exception {
        broker.createTopics(4, "created-a", "created-b");

        var descriptions = admin.describeTopics(List.of("created-a", "created-b"))
                .allTopicNames()
                .get(10, TimeUnit.SECONDS);
        assertThat(descriptions.get("created-a").partitions()).hasSize(4);
        assertThat(descriptions.get("created-b").partitions()).hasSize(4);
    }

    @Test
    void createTopicsRejectsExistingTopic() {
        broker.createTopics(1, "created-twice");

        assertThatThrownBy(() -> broker.createTopics(1, "created-twice"))
                .isInstanceOf(EmbeddedKafkaException.class)
                .hasMessageContaining("created-twice");
    }

    @Test
    void createTopicsRejectsInvalidArguments() {
        assertThatThrownBy(() -> broker.createTopics(0, "no-partitions"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partitions");
        assertThatThrownBy(() -> broker.createTopics(1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> broker.createTopics(1, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainProducerAndConsumerExchangeRecords() {
        String topic = "plain-records";
        broker.createTopics(3, topic);
        List<String> sent = IntStream.range(0, 30).mapToObj(i -> "value-" + i).toList();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            for (int i = 0; i < sent.size(); i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + i, sent.get(i)));
            }
            producer.flush();
        }
        List<ConsumerRecord<String, String>> received = consume(topic, "plain-group", "read_uncommitted", sent.size());

        assertThat(received).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(received).extracting(ConsumerRecord::partition).containsOnly(0, 1, 2);
        assertThat(received.stream().map(ConsumerRecord::partition).collect(Collectors.toSet())).hasSize(3);
    }

    @Test
    void producerToMissingTopicFailsWithoutCreatingIt() throws Exception {
        Properties properties = producerProperties();
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            var send = producer.send(new ProducerRecord<>("never-created", "key", "value"));
            assertThatThrownBy(() -> send.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }

        Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        assertThat(topics).doesNotContain("never-created");
    }

    @Test
    void readCommittedConsumerSeesOnlyCommittedTransactions() {
        String topic = "transactional-records";
        broker.createTopics(1, topic);
        Properties properties = producerProperties();
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sluice-embedded-test-tx");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.initTransactions();
            sendInTransaction(producer, topic, List.of("committed-1", "committed-2"));
            producer.commitTransaction();
            sendInTransaction(producer, topic, List.of("aborted-1", "aborted-2"));
            // abortTransaction() drops records still in the send buffer, so flush them to the log first.
            producer.flush();
            producer.abortTransaction();
            sendInTransaction(producer, topic, List.of("committed-3"));
            producer.commitTransaction();
        }
        List<ConsumerRecord<String, String>> committed = consume(topic, "tx-committed-group", "read_committed", 3);
        List<ConsumerRecord<String, String>> uncommitted = consume(topic, "tx-uncommitted-group", "read_uncommitted", 5);

        assertThat(committed).extracting(ConsumerRecord::value)
                .containsExactly("committed-1", "committed-2", "committed-3");
        assertThat(uncommitted).extracting(ConsumerRecord::value)
                .containsExactly("committed-1", "committed-2", "aborted-1", "aborted-2", "committed-3");
    }

    @Test
    void exactlyOnceStreamsAppUppercasesValues(@TempDir Path stateDir) {
        String input = "streams-input";
        String output = "streams-output";
        broker.createTopics(2, input, output);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(value -> value.toUpperCase(Locale.ROOT))
                .to(output, Produced.with(Serdes.String(), Serdes.String()));

        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "sluice-embedded-eos-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");

        List<String> inputs = List.of("alice@example.com", "bob@example.org", "carol@example.net", "mixed Case");
        try (KafkaStreams streams = new KafkaStreams(builder.build(), properties)) {
            streams.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> streams.state() == KafkaStreams.State.RUNNING);

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
                for (int i = 0; i < inputs.size(); i++) {
                    producer.send(new ProducerRecord<>(input, "key-" + i, inputs.get(i)));
                }
                producer.flush();
            }
            List<ConsumerRecord<String, String>> received =
                    consume(output, "streams-output-reader", "read_committed", inputs.size());

            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(received).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder("key-0", "key-1", "key-2", "key-3");
            assertThat(received).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("ALICE@EXAMPLE.COM", "BOB@EXAMPLE.ORG", "CAROL@EXAMPLE.NET", "MIXED CASE");
            streams.close(Duration.ofSeconds(20));
        }
    }

    private static void sendInTransaction(KafkaProducer<String, String> producer, String topic, List<String> values) {
        producer.beginTransaction();
        for (String value : values) {
            producer.send(new ProducerRecord<>(topic, "key", value));
        }
    }

    private static Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return properties;
    }

    /**
     * Reads from the start of the topic until {@code expected} records arrived or the timeout passed,
     * then polls once more so that extra records show up in the result.
     */
    static List<ConsumerRecord<String, String>> consume(
            String bootstrapServers, String topic, String groupId, String isolationLevel, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(received::add);
        }
        return received;
    }

    private static List<ConsumerRecord<String, String>> consume(
            String topic, String groupId, String isolationLevel, int expected) {
        return consume(broker.bootstrapServers(), topic, groupId, isolationLevel, expected);
    }

    static int port(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return Integer.parseInt(hostAndPort.substring(colon + 1));
    }
}
