package dev.sluice.topology;

import static dev.sluice.topology.TopologyFixture.AWS_KEY;
import static dev.sluice.topology.TopologyFixture.EMAIL;
import static dev.sluice.topology.TopologyFixture.event;
import static dev.sluice.topology.TopologyFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sluice.avro.AnnotationEvent;
import dev.sluice.config.SluiceConfig;
import dev.sluice.quarantine.QuarantineSeal;
import dev.sluice.schemaregistry.AvroWireSerializer;
import dev.sluice.schemaregistry.MockSchemaRegistry;

/**
 * The topology applies each vendor's own policy: field minimization with a registered projected schema, per-vendor
 * quarantine, keyed pseudonyms, one audit event per input record and input schema evolution without a restart.
 */
class VendorPolicyTopologyTest {

    private static final String SSN = "078-05-1120";

    private final TopologyFixture fixture = new TopologyFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void unnamedFieldsNeverLeave() {
        fixture.send(null, event("evt-1", "code-evals", "Summarize the diff")
                .setAnnotatorNotes("ask " + EMAIL)
                .setMessages(List.of(message("user", "see " + EMAIL)))
                .setMetadata(Map.of("owner", EMAIL))
                .build());

        GenericRecord atlas = fixture.decode("vendor.atlas", fixture.vendor("atlas").readValue());
        assertThat(atlas.getSchema().getFields()).extracting(Schema.Field::name)
                .containsExactly("event_id", "project", "prompt", "messages");
        GenericRecord firstMessage = (GenericRecord) ((List<?>) atlas.get("messages")).get(0);
        assertThat(firstMessage.getSchema().getFields()).extracting(Schema.Field::name).containsExactly("content");
        assertThat(firstMessage.get("content").toString()).matches("see <EMAIL_ADDRESS#[0-9a-f]{20}>");
        assertThat(atlas.toString()).doesNotContain(EMAIL);

        Schema registered = MockSchemaRegistry.getClientForScope(fixture.scope).latest("vendor.atlas-value").schema();
        assertThat(registered).isEqualTo(atlas.getSchema());
    }

    @Test
    void quarantineRulesHoldBackOneVendorOnly() {
        fixture.send(null, event("evt-2", "shared", "SSN " + SSN + " on file").build());

        GenericRecord northwind = fixture.decode("vendor.northwind", fixture.vendor("northwind").readValue());
        assertThat(northwind.get("prompt").toString()).isEqualTo("SSN <US_SSN_1> on file");
        assertThat(fixture.vendor("atlas").isEmpty()).isTrue();

        GenericRecord held = fixture.decode("sluice.quarantine", fixture.quarantine().readValue());
        assertThat(held.get("verdict").toString()).isEqualTo("ENTITY_TYPE");
        assertThat(held.get("held_for").toString()).isEqualTo("[atlas]");

        GenericRecord audit = fixture.decode("sluice.audit", fixture.audit().readValue());
        assertThat(audit.get("outcome").toString()).isEqualTo("DELIVERED");
        assertThat(audit.get("vendors").toString())
                .contains("\"vendor\": \"northwind\", \"policy_version\": \"nw-7\", \"delivered\": true")
                .contains("{\"entity_type\": \"US_SSN\", \"operator\": \"replace\", \"count\": 1}")
                .contains("\"vendor\": \"atlas\", \"policy_version\": \"atlas-3\", \"delivered\": false")
                .contains("{\"entity_type\": \"US_SSN\", \"operator\": \"quarantine\", \"count\": 1}");
    }

    @Test
    void oneAuditEventPerInputRecord() {
        fixture.send(null, event("evt-3", "helpdesk", "mail " + EMAIL).build());
        fixture.send(null, event("evt-4", "helpdesk", "key " + AWS_KEY).build());
        fixture.send(null, event("evt-5", "redteam", "mail " + EMAIL).build());
        fixture.input.pipeInput(new TestRecord<>(bytes("customer:" + EMAIL), null, new RecordHeaders()));

        List<TestRecord<byte[], byte[]>> audits = fixture.audit().readRecordsToList();
        List<String> outcomes = new ArrayList<>();
        for (int offset = 0; offset < audits.size(); offset++) {
            TestRecord<byte[], byte[]> audit = audits.get(offset);
            assertThat(new String(audit.key(), StandardCharsets.UTF_8)).isEqualTo("annotations.raw/0/" + offset);
            assertThat(audit.headers().toArray()).isEmpty();
            assertThat(new String(audit.value(), StandardCharsets.ISO_8859_1)).doesNotContain(EMAIL, AWS_KEY);
            outcomes.add(fixture.decode("sluice.audit", audit.value()).get("outcome").toString());
        }
        assertThat(outcomes).containsExactly("DELIVERED", "QUARANTINED", "UNROUTED", "DEAD_LETTER");
    }

    @Test
    void pseudonymsFollowValueAndKey() {
        fixture.send(null, event("evt-6", "code-evals", "from " + EMAIL).build());
        fixture.send(null, event("evt-7", "code-evals", "again " + EMAIL).build());
        String first = prompt(fixture, "atlas").replace("from ", "");
        String second = prompt(fixture, "atlas").replace("again ", "");

        assertThat(first).matches("<EMAIL_ADDRESS#[0-9a-f]{20}>").isEqualTo(second);
        try (TopologyFixture otherInstance = TopologyFixture.sharingKeysWith(fixture)) {
            otherInstance.send(null, event("evt-6", "code-evals", "from " + EMAIL).build());
            assertThat(prompt(otherInstance, "atlas").replace("from ", "")).isEqualTo(first);
        }
        try (TopologyFixture otherKeys = new TopologyFixture()) {
            otherKeys.send(null, event("evt-6", "code-evals", "from " + EMAIL).build());
            assertThat(prompt(otherKeys, "atlas").replace("from ", "")).isNotEqualTo(first);
        }
    }

    @Test
    void newInputSchemasNeedNoRestart() {
        Schema evolved = evolvedSchema();
        fixture.send(null, event("evt-8", "helpdesk", "before the change").build());
        GenericData.Record record = new GenericData.Record(evolved);
        AnnotationEvent base = event("evt-9", "helpdesk", "after the change, mail " + EMAIL).build();
        for (Schema.Field field : AnnotationEvent.getClassSchema().getFields()) {
            record.put(field.name(), base.get(field.name()));
        }
        record.put("created_at", base.getCreatedAt().toEpochMilli());
        record.put("reviewer_email", EMAIL);
        try (AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>()) {
            serializer.configure(fixture.config.clientProperties(), false);
            fixture.input.pipeInput(null, serializer.serialize("annotations.raw", record));
        }

        Schema withoutLanguage = withoutField("language");
        GenericData.Record shorter = new GenericData.Record(withoutLanguage);
        for (Schema.Field field : withoutLanguage.getFields()) {
            shorter.put(field.name(), record.get(field.name()));
        }
        try (AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>()) {
            serializer.configure(fixture.config.clientProperties(), false);
            fixture.input.pipeInput(null, serializer.serialize("annotations.raw", shorter));
        }

        List<TestRecord<byte[], byte[]>> delivered = fixture.vendor("northwind").readRecordsToList();
        assertThat(delivered).hasSize(3);
        GenericRecord after = fixture.decode("vendor.northwind", delivered.get(1).value());
        assertThat(after.get("prompt").toString()).isEqualTo("after the change, mail <EMAIL_ADDRESS_1>");
        assertThat(after.getSchema().getField("reviewer_email")).isNull();
        assertThat(after.toString()).doesNotContain(EMAIL);
        GenericRecord last = fixture.decode("vendor.northwind", delivered.get(2).value());
        assertThat(last.getSchema().getField("language")).isNull();
        assertThat(last.get("prompt").toString()).isEqualTo("after the change, mail <EMAIL_ADDRESS_1>");
        assertThat(MockSchemaRegistry.getClientForScope(fixture.scope).latest("vendor.northwind-value").version())
                .isEqualTo(2);
    }

    @Test
    void noReviewerKeysetOmitsOriginal() {
        try (TopologyFixture noKeys = new TopologyFixture(Map.of(SluiceConfig.QUARANTINE_KEYSET.name(),
                SluiceConfig.NO_KEYSET))) {
            noKeys.send(bytes("customer:" + EMAIL), event("evt-10", "helpdesk", "key " + AWS_KEY).build());

            GenericRecord held = noKeys.decode("sluice.quarantine", noKeys.quarantine().readValue());
            assertThat(held.get("original_encoding").toString()).isEqualTo(QuarantineSeal.OMITTED);
            assertThat(((ByteBuffer) held.get("original_value")).remaining()).isZero();
            assertThat(held.get("original_key")).isNull();
        }
    }

    private static String prompt(TopologyFixture fixture, String vendor) {
        return fixture.decode("vendor." + vendor, fixture.vendor(vendor).readValue()).get("prompt").toString();
    }

    /** Returns the input schema with one more field, which no policy names. */
    private static Schema evolvedSchema() {
        String json = AnnotationEvent.getClassSchema().toString();
        String field = "{\"name\":\"reviewer_email\",\"type\":\"string\",\"default\":\"\"}";
        return new Schema.Parser().parse(json.substring(0, json.lastIndexOf(']')) + "," + field + "]}");
    }

    /** Returns the input schema without one of its fields. */
    private static Schema withoutField(String name) {
        Schema input = AnnotationEvent.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : input.getFields()) {
            if (!field.name().equals(name)) {
                fields.add(new Schema.Field(field, field.schema()));
            }
        }
        return Schema.createRecord(input.getName(), input.getDoc(), input.getNamespace(), false, fields);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
