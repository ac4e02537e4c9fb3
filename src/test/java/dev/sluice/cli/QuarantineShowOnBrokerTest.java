package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.sluice.avro.Lineage;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.embedded.EmbeddedKafkaBroker;
import dev.sluice.quarantine.QuarantineFixture;
import dev.sluice.quarantine.QuarantineReview;
import dev.sluice.quarantine.QuarantineSeal;
import dev.sluice.schemaregistry.MockSchemaRegistry;

/**
 * Writes quarantine records to a topic of the embedded broker, as the topology would, and reads them back with
 * {@code sluice quarantine show}.
 */
class QuarantineShowOnBrokerTest {

    private static final String SCOPE = "quarantine-show-on-broker";
    private static final String TOPIC = QuarantineFixture.QUARANTINE_TOPIC;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int SEALED_OFFSET = 0;
    private static final int OMITTED_OFFSET = 1;
    private static final int COPIED_OFFSET = 2;
    private static final int CLEAR_PARTITION = 1;

    @TempDir
    static Path dir;

    private static EmbeddedKafkaBroker broker;
    private static Path config;
    private static Path otherKeyset;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void writeQuarantineTopic() throws Exception {
        broker = EmbeddedKafkaBroker.start();
        broker.createTopics(2, TOPIC);

        KeysetHandle reviewers = QuarantineFixture.newKeyset();
        Path keyset = writeKeyset(reviewers, "reviewers.json");
        otherKeyset = writeKeyset(QuarantineFixture.newKeyset(), "other.json");
        config = Files.writeString(dir.resolve("sluice.properties"), "bootstrap.servers=" + broker.bootstrapServers()
                + "\nschema.registry.url=mock://" + SCOPE + "\nsluice.quarantine.keyset=file:" + keyset + "\n");

        QuarantineFixture fixture = new QuarantineFixture("mock://" + SCOPE);
        QuarantineSeal seal = QuarantineFixture.sealOf(reviewers);
        Lineage otherOffset = new Lineage(QuarantineFixture.INPUT_TOPIC, 3, 99L,
                QuarantineFixture.LINEAGE.getTimestamp());
        QuarantineRecord omitted = QuarantineFixture.clearPart()
                .setOriginalValue(ByteBuffer.allocate(0))
                .setOriginalEncoding(QuarantineSeal.OMITTED)
                .build();
        QuarantineRecord clear = QuarantineFixture.clearPart()
                .setOriginalKey(ByteBuffer.wrap(QuarantineFixture.originalKey()))
                .setOriginalValue(ByteBuffer.wrap(fixture.originalValue()))
                .setOriginalEncoding(QuarantineReview.CLEAR_ENCODING)
                .build();

        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            byte[] key = QuarantineFixture.originalKey();
            send(producer, 0, key, fixture.encode(fixture.sealed(seal, key, QuarantineFixture.LINEAGE)));
            send(producer, 0, key, fixture.encode(omitted));
            send(producer, 0, key, fixture.encode(fixture.sealed(seal, key, otherOffset)));
            send(producer, CLEAR_PARTITION, key, fixture.encode(clear));
            send(producer, CLEAR_PARTITION, key, fixture.encode(clear));
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void sealedRecordShowsOriginalAsText() {
        int status = show("--partition", "0", "--offset", Integer.toString(SEALED_OFFSET));

        assertThat(status).isZero();
        assertThat(console.out())
                .contains("Quarantine record at sluice.quarantine partition 0 offset 0")
                .contains("event id           " + QuarantineFixture.EVENT_ID)
                .contains("verdict            SECRET")
                .contains("annotations.raw partition 3 offset 1207")
                .contains("held for           atlas-annotate, northwind-labeling")
                .contains("detector aws-access-key, entity type AWS_ACCESS_KEY, field prompt, count 1")
                .contains("Original: opened with the reviewer keyset")
                .contains("key (utf-8)        " + QuarantineFixture.EVENT_ID)
                .contains("\"prompt\" : \"" + QuarantineFixture.PROMPT + "\"")
                .contains("\"created_at\" : \"2026-11-03T14:20:00Z\"");
    }

    @Test
    void sealedRecordAsJson() throws Exception {
        int status = show("--partition", "0", "--offset", Integer.toString(SEALED_OFFSET), "--json");

        JsonNode json = JSON.readTree(console.out());
        assertThat(status).isZero();
        assertThat(json.path("event_id").asText()).isEqualTo(QuarantineFixture.EVENT_ID);
        assertThat(json.path("original_encoding").asText()).isEqualTo(QuarantineSeal.ENCODING);
        assertThat(json.path("original").path("state").asText()).isEqualTo("opened");
        assertThat(json.path("original").path("key").asText()).isEqualTo(QuarantineFixture.EVENT_ID);
        assertThat(json.path("original").path("value").path("prompt").asText()).isEqualTo(QuarantineFixture.PROMPT);
        assertThat(json.path("quarantine").path("partition").asInt()).isZero();
    }

    @Test
    void keysetNoneKeepsOriginalSealed() {
        int status = show("--partition", "0", "--offset", Integer.toString(SEALED_OFFSET), "--keyset", "none");

        assertThat(status).isZero();
        assertThat(console.out()).contains("Original: sealed; give a reviewer keyset with --keyset");
        assertThat(console.out()).doesNotContain("ana.silva");
    }

    @Test
    void otherKeysetExitsTwo() {
        int status = show("--partition", "0", "--offset", Integer.toString(SEALED_OFFSET),
                "--keyset", "file:" + otherKeyset);

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("which keyset file:" + otherKeyset + " does not contain");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void copiedSealExitsTwo() {
        int status = show("--partition", "0", "--offset", Integer.toString(COPIED_OFFSET));

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("does not open with the lineage of this record");
    }

    @Test
    void omittedRecordSaysNotKept() throws Exception {
        int status = show("--partition", "0", "--offset", Integer.toString(OMITTED_OFFSET), "--json");

        JsonNode json = JSON.readTree(console.out());
        assertThat(status).isZero();
        assertThat(json.path("original").path("state").asText()).isEqualTo("omitted");
        assertThat(json.path("original").has("value")).isFalse();
    }

    @Test
    void offsetPastEndExitsTwo() {
        int status = show("--partition", "0", "--offset", "3");

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("offset 3 of sluice.quarantine-0 does not exist")
                .contains("offsets 0 to 2");
    }

    @Test
    void unknownTopicAndPartitionExitTwo() {
        int unknownTopic = show("--topic", "sluice.quarantine.absent", "--partition", "0", "--offset", "0");
        int unknownPartition = show("--partition", "7", "--offset", "0");

        assertThat(unknownTopic).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(unknownPartition).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("topic sluice.quarantine.absent not found");
        assertThat(console.err()).contains("has no partition 7; its partitions are 0 to 1");
    }

    @Test
    void deletedOffsetExitsTwoAndNextStillShows() throws Exception {
        TopicPartition clearPartition = new TopicPartition(TOPIC, CLEAR_PARTITION);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers()))) {
            admin.deleteRecords(Map.of(clearPartition, RecordsToDelete.beforeOffset(1L))).all().get();
        }

        int deleted = show("--partition", Integer.toString(CLEAR_PARTITION), "--offset", "0");
        int next = show("--partition", Integer.toString(CLEAR_PARTITION), "--offset", "1");

        assertThat(deleted).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("offset 0 of sluice.quarantine-1 was deleted")
                .contains("the earliest offset is 1");
        assertThat(next).isZero();
        assertThat(console.out()).contains("Original: stored in clear, not sealed")
                .contains(QuarantineFixture.PROMPT);
    }

    private int show(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "quarantine";
        args[1] = "show";
        args[2] = "--config";
        args[3] = config.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return SluiceCli.commandLine().execute(args);
    }

    private static Path writeKeyset(KeysetHandle keyset, String name) throws Exception {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, int partition, byte[] key, byte[] value)
            throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, partition, key, value)).get();
    }
}
