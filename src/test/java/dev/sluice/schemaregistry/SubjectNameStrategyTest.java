package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubjectNameStrategyTest {

    private static final Schema ORDER = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"org.example\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"}]}");

    private StubSchemaRegistry stub;

    @BeforeEach
    void startStub() throws IOException {
        stub = new StubSchemaRegistry();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private static GenericRecord order(String id) {
        GenericRecord record = new GenericData.Record(ORDER);
        record.put("id", id);
        return record;
    }

    private AvroWireSerializer<GenericRecord> serializer(Map<String, Object> extra, boolean isKey) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url());
        configs.put(SchemaRegistryConfig.MAX_RETRIES, 0);
        configs.putAll(extra);
        AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>();
        serializer.configure(configs, isKey);
        return serializer;
    }

    private List<String> requestedPaths() {
        return stub.requests().stream().map(StubSchemaRegistry.RecordedRequest::rawPath).toList();
    }

    @Test
    void simpleAndConfluentNamesParse() {
        String[][] cases = {
            {"TopicNameStrategy", "TOPIC_NAME"},
            {"io.confluent.kafka.serializers.subject.TopicNameStrategy", "TOPIC_NAME"},
            {"RecordNameStrategy", "RECORD_NAME"},
            {"io.confluent.kafka.serializers.subject.RecordNameStrategy", "RECORD_NAME"},
            {"TopicRecordNameStrategy", "TOPIC_RECORD_NAME"},
            {" io.confluent.kafka.serializers.subject.TopicRecordNameStrategy ", "TOPIC_RECORD_NAME"},
        };
        for (String[] c : cases) {
            assertThat(SubjectNameStrategy.parse("value.subject.name.strategy", c[0]).name())
                    .as("strategy for '%s'", c[0])
                    .isEqualTo(c[1]);
        }
        assertThat(SubjectNameStrategy.parse("value.subject.name.strategy", null))
                .isEqualTo(SubjectNameStrategy.TOPIC_NAME);
    }

    @Test
    void unknownStrategyListsValidOnes() {
        Map<String, Object> configs = Map.of(
                SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://strategy-unknown",
                SchemaRegistryConfig.KEY_SUBJECT_NAME_STRATEGY, "io.confluent.kafka.serializers.subject.Nope");

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.KEY_SUBJECT_NAME_STRATEGY)
                .hasMessageContaining("TopicNameStrategy")
                .hasMessageContaining("io.confluent.kafka.serializers.subject.RecordNameStrategy")
                .hasMessageContaining("TopicRecordNameStrategy");
    }

    @Test
    void subjectNamesPerStrategy() {
        assertThat(SubjectNameStrategy.TOPIC_NAME.subjectName("orders", false, ORDER)).isEqualTo("orders-value");
        assertThat(SubjectNameStrategy.TOPIC_NAME.subjectName("orders", true, ORDER)).isEqualTo("orders-key");
        assertThat(SubjectNameStrategy.RECORD_NAME.subjectName("orders", false, ORDER))
                .isEqualTo("org.example.Order");
        assertThat(SubjectNameStrategy.TOPIC_RECORD_NAME.subjectName("orders", true, ORDER))
                .isEqualTo("orders-org.example.Order");
    }

    @Test
    void recordStrategyRejectsNonRecord() {
        Schema stringSchema = Schema.create(Schema.Type.STRING);

        assertThatThrownBy(() -> SubjectNameStrategy.RECORD_NAME.subjectName("orders", false, stringSchema))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RecordNameStrategy")
                .hasMessageContaining("string");
    }

    @Test
    void defaultRegistersUnderTopicSubject() {
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of(), false);

        serializer.serialize("orders", order("o-1"));

        assertThat(requestedPaths()).contains("/subjects/orders-value/versions");
    }

    @Test
    void recordNameStrategyRegistersUnderRecordName() {
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of(
                SchemaRegistryConfig.VALUE_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.RecordNameStrategy"), false);

        byte[] bytes = serializer.serialize("orders", order("o-1"));

        assertThat(WireFormat.parse(bytes).schemaId()).isEqualTo(1);
        assertThat(requestedPaths()).contains("/subjects/org.example.Order/versions");
        assertThat(requestedPaths()).noneMatch(path -> path.contains("orders-value"));
    }

    @Test
    void keyStrategyAppliesOnlyToKeys() {
        Map<String, Object> extra = Map.of(SchemaRegistryConfig.KEY_SUBJECT_NAME_STRATEGY, "TopicRecordNameStrategy");
        AvroWireSerializer<GenericRecord> keySerializer = serializer(extra, true);
        AvroWireSerializer<GenericRecord> valueSerializer = serializer(extra, false);

        keySerializer.serialize("orders", order("o-1"));
        valueSerializer.serialize("orders", order("o-2"));

        assertThat(requestedPaths()).contains("/subjects/orders-org.example.Order/versions");
        assertThat(requestedPaths()).contains("/subjects/orders-value/versions");
    }

    @Test
    void lookupUsesStrategySubject() {
        int id = stub.preload("org.example.Order", ORDER);
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of(
                SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, false,
                SchemaRegistryConfig.VALUE_SUBJECT_NAME_STRATEGY, "RecordNameStrategy"), false);

        byte[] bytes = serializer.serialize("orders", order("o-1"));

        assertThat(WireFormat.parse(bytes).schemaId()).isEqualTo(id);
        assertThat(requestedPaths()).containsExactly("/subjects/org.example.Order");
    }

    @Test
    void latestUsesStrategySubject() {
        int id = stub.preload("orders-org.example.Order", ORDER);
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of(
                SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, false,
                SchemaRegistryConfig.USE_LATEST_VERSION, true,
                SchemaRegistryConfig.VALUE_SUBJECT_NAME_STRATEGY, "TopicRecordNameStrategy"), false);

        byte[] bytes = serializer.serialize("orders", order("o-1"));

        assertThat(WireFormat.parse(bytes).schemaId()).isEqualTo(id);
        assertThat(requestedPaths()).containsExactly("/subjects/orders-org.example.Order/versions/latest");
    }
}
