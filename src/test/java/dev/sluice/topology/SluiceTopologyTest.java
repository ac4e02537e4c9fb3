package dev.sluice.topology;

import static dev.sluice.topology.TopologyFixture.AWS_KEY;
import static dev.sluice.topology.TopologyFixture.EMAIL;
import static dev.sluice.topology.TopologyFixture.event;
import static dev.sluice.topology.TopologyFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sluice.avro.AnnotationEvent;
import dev.sluice.metrics.Outcome;
import dev.sluice.quarantine.QuarantineSeal;
import dev.sluice.schemaregistry.WireFormat;

class SluiceTopologyTest {

    private static final String OTHER_EMAIL = "ops-team@example.org";

    private final TopologyFixture fixture = new TopologyFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void masksPersonalDataAndRoutesByProject() {
        fixture.send(bytes("raw-key-1"), event("evt-1", "helpdesk", "Write to " + EMAIL + " today").build());

        List<TestRecord<byte[], byte[]>> northwind = fixture.vendor("northwind").readRecordsToList();
        assertThat(northwind).hasSize(1);
        GenericRecord masked = fixture.decode("vendor.northwind", northwind.get(0).value());
        assertThat(masked.get("prompt").toString()).isEqualTo("Write to <EMAIL_ADDRESS_1> today");
        assertThat(fixture.vendor("atlas").isEmpty()).isTrue();
        assertThat(fixture.quarantine().isEmpty()).isTrue();
        assertThat(fixture.metrics.outcomeTotal(Outcome.VENDOR)).isEqualTo(1.0);
    }

    @Test
    void sharedProjectGoesToEveryVendor() {
        fixture.send(null, event("evt-2", "shared", "no personal data here").build());

        assertThat(fixture.vendor("northwind").readRecordsToList()).hasSize(1);
        assertThat(fixture.vendor("atlas").readRecordsToList()).hasSize(1);
        assertThat(fixture.metrics.outcomeTotal(Outcome.VENDOR)).isEqualTo(2.0);
    }

    @Test
    void unroutedProjectIsCountedNotForwarded() {
        fixture.send(null, event("evt-3", "redteam", "plain text").build());
        fixture.send(null, event("evt-4", "unknown-project", "plain text").build());

        assertThat(fixture.vendor("northwind").isEmpty()).isTrue();
        assertThat(fixture.vendor("atlas").isEmpty()).isTrue();
        assertThat(fixture.quarantine().isEmpty()).isTrue();
        assertThat(fixture.metrics.outcomeTotal(Outcome.UNROUTED)).isEqualTo(2.0);
    }

    @Test
    void samePlaceholderForSameValueAcrossFields() {
        AnnotationEvent event = event("evt-5", "helpdesk", "Mail " + EMAIL + " or " + OTHER_EMAIL)
                .setResponse("I wrote to " + EMAIL)
                .setMessages(List.of(message("user", "cc " + OTHER_EMAIL)))
                .setMetadata(Map.of("reporter", EMAIL))
                .build();
        fixture.send(null, event);

        GenericRecord masked = fixture.decode("vendor.northwind", fixture.vendor("northwind").readValue());
        assertThat(masked.get("prompt").toString()).isEqualTo("Mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>");
        assertThat(masked.get("response").toString()).isEqualTo("I wrote to <EMAIL_ADDRESS_1>");
        GenericRecord firstMessage = (GenericRecord) ((List<?>) masked.get("messages")).get(0);
        assertThat(firstMessage.get("content").toString()).isEqualTo("cc <EMAIL_ADDRESS_2>");
        Map<?, ?> metadata = (Map<?, ?>) masked.get("metadata");
        assertThat(metadata.values().iterator().next().toString()).isEqualTo("<EMAIL_ADDRESS_1>");
    }

    @Test
    void codenamesAreMaskedNotQuarantined() {
        fixture.send(null, event("evt-6", "helpdesk", "Status of (Kestrel): Kestrel's launch slipped").build());

        GenericRecord masked = fixture.decode("vendor.northwind", fixture.vendor("northwind").readValue());
        assertThat(masked.get("prompt").toString())
                .isEqualTo("Status of (<CODENAME_1>): <CODENAME_1>'s launch slipped");
    }

    @Test
    void secretQuarantinesWholeRecordWithLineage() {
        byte[] value = fixture.encode(event("evt-7", "helpdesk", "use key " + AWS_KEY + " for " + EMAIL).build());
        fixture.input.pipeInput(bytes("raw-key-7"), value);

        assertThat(fixture.vendor("northwind").isEmpty()).isTrue();
        List<TestRecord<byte[], byte[]>> quarantined = fixture.quarantine().readRecordsToList();
        assertThat(quarantined).hasSize(1);
        GenericRecord record = fixture.decode("sluice.quarantine", quarantined.get(0).value());
        assertThat(record.get("verdict").toString()).isEqualTo("SECRET");
        assertThat(record.get("event_id").toString()).isEqualTo("evt-7");
        GenericRecord lineage = (GenericRecord) record.get("lineage");
        assertThat(lineage.get("source_topic").toString()).isEqualTo("annotations.raw");
        assertThat(lineage.get("offset")).isEqualTo(0L);
        GenericRecord reason = (GenericRecord) ((List<?>) record.get("reasons")).get(0);
        assertThat(reason.get("entity_type").toString()).isEqualTo("AWS_ACCESS_KEY");
        assertThat(reason.get("field_path").toString()).isEqualTo("prompt");
        assertThat(reason.get("count")).isEqualTo(1);
        assertThat(record.get("held_for").toString()).isEqualTo("[northwind]");
        assertThat(record.get("original_encoding").toString()).isEqualTo(QuarantineSeal.ENCODING);
        byte[] sealedValue = byteArray((ByteBuffer) record.get("original_value"));
        assertThat(new String(sealedValue, StandardCharsets.ISO_8859_1)).doesNotContain(AWS_KEY).doesNotContain(EMAIL);
        assertThat(fixture.seal.open(sealedValue, QuarantineSeal.Part.VALUE, "annotations.raw", 0, 0L))
                .isEqualTo(value);
        assertThat(fixture.seal.open(byteArray((ByteBuffer) record.get("original_key")), QuarantineSeal.Part.KEY,
                "annotations.raw", 0, 0L)).isEqualTo(bytes("raw-key-7"));
        assertThat(quarantined.get(0).key()).isEqualTo(bytes("annotations.raw/0/0"));
        assertThat(quarantined.get(0).headers().toArray()).isEmpty();
        assertThat(fixture.metrics.outcomeTotal(Outcome.QUARANTINE)).isEqualTo(1.0);
        assertThat(fixture.metrics.outcomeTotal(Outcome.HELD)).isEqualTo(1.0);
    }

    @Test
    void quarantineReasonsNeverContainMatchedValues() {
        fixture.send(null, event("evt-8", "helpdesk", "ACME CONFIDENTIAL: call " + EMAIL)
                .setMetadata(Map.of("owner", EMAIL)).build());

        GenericRecord record = fixture.decode("sluice.quarantine", fixture.quarantine().readValue());
        assertThat(record.get("verdict").toString()).isEqualTo("CONFIDENTIALITY_LABEL");
        String reasons = record.get("reasons").toString();
        assertThat(reasons).doesNotContain(EMAIL).doesNotContain("ACME");
    }

    /**
     * TopologyTestDriver (Kafka 4.4) drops the dead-letter records that exception handlers return, so this test checks
     * the handler's decisions through the metrics; DemoOnEmbeddedBrokerTest reads the dead letters from a broker.
     */
    @Test
    void undecodablePayloadsAreDeadLetteredAndPartitionContinues() {
        byte[] notWireFormat = bytes("{\"prompt\": \"plain json\"}");
        byte[] unknownSchema = WireFormat.encode(0x7FFFFFF0, new byte[] {2, 120});
        byte[] valid = fixture.encode(event("evt-9", "helpdesk", "text").build());
        byte[] corrupt = java.util.Arrays.copyOf(valid, 9);

        fixture.input.pipeInput(bytes("k1"), notWireFormat);
        fixture.input.pipeInput(bytes("k2"), unknownSchema);
        fixture.input.pipeInput(bytes("k3"), corrupt);
        fixture.send(null, event("evt-10", "helpdesk", "still running").build());

        assertThat(deadLetterCount("NOT_WIRE_FORMAT")).isEqualTo(1.0);
        assertThat(deadLetterCount("UNKNOWN_SCHEMA_ID")).isEqualTo(1.0);
        assertThat(deadLetterCount("CORRUPT_AVRO")).isEqualTo(1.0);
        assertThat(fixture.metrics.outcomeTotal(Outcome.DEAD_LETTER)).isEqualTo(3.0);
        assertThat(fixture.vendor("northwind").readRecordsToList()).hasSize(1);
        assertThat(fixture.quarantine().isEmpty()).isTrue();
    }

    @Test
    void tombstoneBecomesDeadLetterWithNullValue() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("source", bytes("cdc"));
        fixture.input.pipeInput(new TestRecord<>(bytes("annotation:lbl-20931"), null, headers));

        TestRecord<byte[], byte[]> deadLetter = fixture.deadLetters().readRecord();
        assertThat(deadLetter.value()).isNull();
        assertThat(deadLetter.key()).isEqualTo(bytes("annotation:lbl-20931"));
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.NULL_VALUE);
        assertThat(header(deadLetter, "source")).isEqualTo("cdc");
        assertThat(fixture.vendor("northwind").isEmpty()).isTrue();
    }

    @Test
    void vendorRecordsKeepOnlyAllowedHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace-id", bytes("4ad6f68ebd8f9fe8c8802567a4ba7439"));
        headers.add("x-user-email", bytes(EMAIL));
        headers.add("x-note", bytes("reviewed by " + EMAIL));
        headers.add("x-internal-route", bytes("shard-7"));
        byte[] value = fixture.encode(event("evt-11", "helpdesk", "see " + EMAIL).build());
        fixture.input.pipeInput(new TestRecord<>(bytes("customer:" + EMAIL), value, headers));

        TestRecord<byte[], byte[]> record = fixture.vendor("northwind").readRecord();
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).matches("[0-9a-f]{64}");
        assertThat(record.headers().toArray()).extracting(header -> header.key())
                .containsExactly("trace-id", "x-note", "sluice-policy-version", "sluice-lineage-id");
        assertThat(header(record, "sluice-policy-version")).isEqualTo("nw-7");
        assertThat(header(record, "sluice-lineage-id")).isEqualTo("annotations.raw/0/0");
        assertThat(header(record, "trace-id")).isEqualTo("4ad6f68ebd8f9fe8c8802567a4ba7439");
        assertThat(header(record, "x-note")).isEqualTo("reviewed by <EMAIL_ADDRESS_1>");
    }

    @Test
    void derivedKeysAreStablePerInputKeyAndNeverTheInputKey() {
        fixture.send(bytes("customer:" + EMAIL), event("evt-14", "helpdesk", "first").build());
        fixture.send(bytes("customer:" + EMAIL), event("evt-15", "helpdesk", "second").build());
        fixture.send(bytes("customer:" + OTHER_EMAIL), event("evt-16", "helpdesk", "third").build());

        List<TestRecord<byte[], byte[]>> records = fixture.vendor("northwind").readRecordsToList();
        assertThat(records.get(0).key()).isEqualTo(records.get(1).key()).isNotEqualTo(records.get(2).key());
        assertThat(new String(records.get(0).key(), StandardCharsets.UTF_8)).doesNotContain("customer");
        try (TopologyFixture other = new TopologyFixture()) {
            other.send(bytes("customer:" + EMAIL), event("evt-14", "helpdesk", "first").build());
            assertThat(other.vendor("northwind").readRecord().key()).isNotEqualTo(records.get(0).key());
        }
    }

    @Test
    void nullKeyIsProcessed() {
        fixture.send(null, event("evt-12", "code-evals", "call +44 20 7946 0381").build());

        TestRecord<byte[], byte[]> record = fixture.vendor("atlas").readRecord();
        GenericRecord masked = fixture.decode("vendor.atlas", record.value());
        assertThat(masked.get("prompt").toString()).isEqualTo("call <PHONE_NUMBER_1>");
        assertThat(record.key()).isNull();

        fixture.send(null, event("evt-12b", "helpdesk", "no key").build());
        assertThat(fixture.vendor("northwind").readRecord().key()).isNull();
    }

    @Test
    void detectionsAreCountedByEntityType() {
        fixture.send(null, event("evt-13", "helpdesk", EMAIL + " and " + OTHER_EMAIL).build());

        assertThat(fixture.metrics.detectionTotals()).containsEntry("EMAIL_ADDRESS", 2L);
    }

    private double deadLetterCount(String reason) {
        var counter = fixture.registry.find("sluice.dead.letters").tag("reason", reason).counter();
        return counter == null ? 0.0 : counter.count();
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        return DeadLetterHeaders.get(record.headers(), name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] byteArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
