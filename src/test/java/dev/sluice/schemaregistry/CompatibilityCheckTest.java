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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class CompatibilityCheckTest {

    private static final Schema ORDER_V1 = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"org.example\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"}]}");
    private static final Schema ORDER_V2 = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"org.example\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"},"
                    + "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}]}");

    private StubSchemaRegistry stub;

    @BeforeEach
    void startStub() throws IOException {
        stub = new StubSchemaRegistry();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private Map<String, Object> configs(Map<String, Object> extra) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url());
        configs.put(SchemaRegistryConfig.MAX_RETRIES, 0);
        configs.putAll(extra);
        return configs;
    }

    private RestSchemaRegistryClient client() {
        return new RestSchemaRegistryClient(SchemaRegistryConfig.parse(configs(Map.of())));
    }

    private AvroWireSerializer<GenericRecord> serializer(Map<String, Object> extra) {
        AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>();
        serializer.configure(configs(extra), false);
        return serializer;
    }

    private static GenericRecord order(Schema schema, String id) {
        GenericRecord record = new GenericData.Record(schema);
        record.put("id", id);
        return record;
    }

    private List<String> requestedPaths() {
        return stub.requests().stream().map(StubSchemaRegistry.RecordedRequest::rawPath).toList();
    }

    @Test
    void isCompatiblePostsToLatestVersion() throws IOException {
        stub.preload("orders-value", ORDER_V1);

        boolean compatible = client().isCompatible("orders-value", ORDER_V2);

        assertThat(compatible).isTrue();
        StubSchemaRegistry.RecordedRequest request = stub.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/compatibility/subjects/orders-value/versions/latest");
        assertThat(request.contentType()).isEqualTo(RestSchemaRegistryClient.CONTENT_TYPE);
        assertThat(new ObjectMapper().readTree(request.body()).get("schema").asText())
                .isEqualTo(ORDER_V2.toString());
    }

    @Test
    void isCompatibleFalseFromRegistry() {
        stub.preload("orders-value", ORDER_V1);
        stub.rejectAsIncompatible("orders-value");

        assertThat(client().isCompatible("orders-value", ORDER_V2)).isFalse();
    }

    @Test
    void missingSubjectIsCompatible() {
        assertThat(client().isCompatible("new-subject-value", ORDER_V1)).isTrue();
        assertThat(requestedPaths()).containsExactly("/compatibility/subjects/new-subject-value/versions/latest");
    }

    @Test
    void serializerRejectsIncompatibleSchema() {
        stub.preload("orders-value", ORDER_V1);
        stub.rejectAsIncompatible("orders-value");
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of());

        assertThatThrownBy(() -> serializer.serialize("orders", order(ORDER_V2, "o-1")))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.kind())
                        .isEqualTo(SchemaRegistryException.Kind.INCOMPATIBLE_SCHEMA))
                .hasMessageContaining("orders-value");
        assertThat(requestedPaths()).containsExactly("/subjects/orders-value",
                "/compatibility/subjects/orders-value/versions/latest");
    }

    @Test
    void serializerChecksThenRegistersNewVersion() {
        stub.preload("orders-value", ORDER_V1);
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of());

        byte[] first = serializer.serialize("orders", order(ORDER_V2, "o-1"));
        byte[] second = serializer.serialize("orders", order(ORDER_V2, "o-2"));

        assertThat(WireFormat.parse(first).schemaId()).isEqualTo(2);
        assertThat(WireFormat.parse(second).schemaId()).isEqualTo(2);
        assertThat(requestedPaths()).containsExactly("/subjects/orders-value",
                "/compatibility/subjects/orders-value/versions/latest", "/subjects/orders-value/versions");
    }

    @Test
    void registeredSchemaSkipsCheck() {
        int id = stub.preload("orders-value", ORDER_V1);
        stub.rejectAsIncompatible("orders-value");
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of());

        byte[] bytes = serializer.serialize("orders", order(ORDER_V1, "o-1"));

        assertThat(WireFormat.parse(bytes).schemaId()).isEqualTo(id);
        assertThat(requestedPaths()).containsExactly("/subjects/orders-value");
    }

    @Test
    void checkDisabledRegistersDirectly() {
        stub.preload("orders-value", ORDER_V1);
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of(
                SchemaRegistryConfig.CHECK_COMPATIBILITY, "false"));

        serializer.serialize("orders", order(ORDER_V2, "o-1"));

        assertThat(requestedPaths()).containsExactly("/subjects/orders-value/versions");
    }

    @Test
    void mockCompatibleUnlessRejected() {
        MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(Map.of(
                SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://compatibility-unit"));
        AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>(registry, config, false);
        registry.register("orders-value", ORDER_V1);

        assertThat(registry.isCompatible("orders-value", ORDER_V2)).isTrue();
        registry.rejectAsIncompatible("orders-value");
        assertThat(registry.isCompatible("orders-value", ORDER_V2)).isFalse();

        assertThatThrownBy(() -> serializer.serialize("orders", order(ORDER_V2, "o-1")))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.kind())
                        .isEqualTo(SchemaRegistryException.Kind.INCOMPATIBLE_SCHEMA))
                .hasMessageContaining("orders-value");
        assertThat(registry.latest("orders-value").schema()).isEqualTo(ORDER_V1);
    }
}
