package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
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

class RestSchemaRegistryClientTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
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

    private RestSchemaRegistryClient client(Map<String, Object> extra) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url());
        configs.put(SchemaRegistryConfig.RETRY_BACKOFF_MS, 1);
        configs.put(SchemaRegistryConfig.RETRY_BACKOFF_MAX_MS, 5);
        configs.putAll(extra);
        return new RestSchemaRegistryClient(SchemaRegistryConfig.parse(configs));
    }

    private RestSchemaRegistryClient client() {
        return client(Map.of());
    }

    @Test
    void registerPostsSchemaWithV1ContentType() throws IOException {
        RestSchemaRegistryClient client = client();

        int id = client.register("orders-value", ORDER_V1);

        assertThat(id).isEqualTo(1);
        List<StubSchemaRegistry.RecordedRequest> requests = stub.requests();
        assertThat(requests).hasSize(1);
        StubSchemaRegistry.RecordedRequest request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/subjects/orders-value/versions");
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(new ObjectMapper().readTree(request.body()).get("schema").asText())
                .isEqualTo(ORDER_V1.toString());
        assertThat(request.authorization()).isNull();
    }

    @Test
    void registerEncodesSubjectAsOnePathSegment() {
        RestSchemaRegistryClient client = client();

        client.register("team a/orders-value", ORDER_V1);

        assertThat(stub.requests().get(0).rawPath()).isEqualTo("/subjects/team%20a%2Forders-value/versions");
    }

    @Test
    void registerTwiceMakesOneRequest() {
        RestSchemaRegistryClient client = client();

        int first = client.register("orders-value", ORDER_V1);
        int second = client.register("orders-value", ORDER_V1);

        assertThat(second).isEqualTo(first);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void schemaByIdIsCachedAfterFirstFetch() {
        int id = stub.preload("orders-value", ORDER_V2);
        RestSchemaRegistryClient client = client();

        Schema first = client.schemaById(id);
        Schema second = client.schemaById(id);

        assertThat(first).isEqualTo(ORDER_V2);
        assertThat(second).isEqualTo(ORDER_V2);
        assertThat(stub.requests()).hasSize(1);
        assertThat(stub.requests().get(0).method()).isEqualTo("GET");
        assertThat(stub.requests().get(0).rawPath()).isEqualTo("/schemas/ids/" + id);
    }

    @Test
    void schemaByIdAfterRegisterMakesNoRequest() {
        RestSchemaRegistryClient client = client();

        int id = client.register("orders-value", ORDER_V1);
        Schema fetched = client.schemaById(id);

        assertThat(fetched).isEqualTo(ORDER_V1);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void schemaByIdCacheEvictsBeyondCapacity() {
        int first = stub.preload("orders-value", ORDER_V1);
        int second = stub.preload("orders-value", ORDER_V2);
        RestSchemaRegistryClient client = client(Map.of(SchemaRegistryConfig.CACHE_CAPACITY, 1));

        client.schemaById(first);
        client.schemaById(second);
        client.schemaById(first);

        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void unknownIdIsNotRetried() {
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.schemaById(99))
                .isInstanceOf(WireFormatException.class)
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.UNKNOWN_SCHEMA_ID))
                .hasMessageContaining("99")
                .hasMessageContaining("40403");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void lookupIdFindsRegisteredSchema() {
        int id = stub.preload("orders-value", ORDER_V1);
        RestSchemaRegistryClient client = client();

        int found = client.lookupId("orders-value", ORDER_V1);
        int again = client.lookupId("orders-value", ORDER_V1);

        assertThat(found).isEqualTo(id);
        assertThat(again).isEqualTo(id);
        assertThat(stub.requests()).hasSize(1);
        assertThat(stub.requests().get(0).method()).isEqualTo("POST");
        assertThat(stub.requests().get(0).rawPath()).isEqualTo("/subjects/orders-value");
    }

    @Test
    void lookupOfUnknownSubject() {
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.lookupId("missing-value", ORDER_V1))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> {
                    SchemaRegistryException error = (SchemaRegistryException) e;
                    assertThat(error.kind()).isEqualTo(SchemaRegistryException.Kind.SUBJECT_NOT_FOUND);
                    assertThat(error.httpStatus()).isEqualTo(404);
                    assertThat(error.errorCode()).isEqualTo(40401);
                })
                .hasMessageContaining("subject not found");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void lookupOfUnregisteredSchema() {
        stub.preload("orders-value", ORDER_V1);
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.lookupId("orders-value", ORDER_V2))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.SCHEMA_NOT_FOUND));
    }

    @Test
    void registerRejectedAsInvalidIsInvalidSchema() {
        stub.rejectAsInvalid("orders-value");
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.register("orders-value", ORDER_V1))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> {
                    SchemaRegistryException error = (SchemaRegistryException) e;
                    assertThat(error.kind()).isEqualTo(SchemaRegistryException.Kind.INVALID_SCHEMA);
                    assertThat(error.errorCode()).isEqualTo(42201);
                });
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void registerRejectedWith409IsIncompatibleSchema() {
        stub.rejectAsIncompatible("orders-value");
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.register("orders-value", ORDER_V2))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.INCOMPATIBLE_SCHEMA))
                .hasMessageContaining("incompatible");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void latestReturnsIdVersionAndSchema() {
        int v1 = stub.preload("orders-value", ORDER_V1);
        int v2 = stub.preload("orders-value", ORDER_V2);
        RestSchemaRegistryClient client = client();

        SchemaRegistryClient.RegisteredSchema latest = client.latest("orders-value");

        assertThat(v1).isNotEqualTo(v2);
        assertThat(latest.id()).isEqualTo(v2);
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.schema()).isEqualTo(ORDER_V2);
        assertThat(stub.requests().get(0).rawPath()).isEqualTo("/subjects/orders-value/versions/latest");
    }

    @Test
    void latestIsCachedWithinTtl() {
        stub.preload("orders-value", ORDER_V1);
        RestSchemaRegistryClient client = client();

        client.latest("orders-value");
        client.latest("orders-value");

        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void latestWithZeroTtlAsksEveryTime() {
        stub.preload("orders-value", ORDER_V1);
        RestSchemaRegistryClient client = client(Map.of(SchemaRegistryConfig.LATEST_CACHE_TTL_MS, 0));

        client.latest("orders-value");
        client.latest("orders-value");

        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void latestOfUnknownSubjectIsSubjectNotFound() {
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.latest("missing-value"))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.SUBJECT_NOT_FOUND));
    }

    @Test
    void nonAvroSchemaTypeIsIncompatibleSchema() {
        int id = stub.preload("orders-value", ORDER_V1);
        stub.reportSchemaType(id, "PROTOBUF");
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.schemaById(id))
                .isInstanceOf(WireFormatException.class)
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.INCOMPATIBLE_SCHEMA))
                .hasMessageContaining("PROTOBUF");
    }

    @Test
    void userInfoSourceSendsBasicAuthHeader() {
        stub.requireAuthorization("Basic dXNlcjpzZWNyZXQ=");
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "user:secret"));

        int id = client.register("orders-value", ORDER_V1);

        assertThat(id).isEqualTo(1);
        assertThat(stub.requests().get(0).authorization()).isEqualTo("Basic dXNlcjpzZWNyZXQ=");
    }

    @Test
    void urlSourceSendsCredentialsFromUrl() {
        stub.requireAuthorization("Basic YWxpY2U6czNjcmV0");
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "http://alice:s3cret@127.0.0.1:" + stub.port()));

        client.register("orders-value", ORDER_V1);

        assertThat(stub.requests().get(0).authorization()).isEqualTo("Basic YWxpY2U6czNjcmV0");
    }

    @Test
    void wrongCredentialsAreUnauthorizedWithoutRetry() {
        stub.requireAuthorization("Basic dXNlcjpzZWNyZXQ=");
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "user:wrong"));

        assertThatThrownBy(() -> client.register("orders-value", ORDER_V1))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.UNAUTHORIZED))
                .hasMessageNotContaining("wrong");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void serviceUnavailableIsRetriedUntilSuccess() {
        stub.failNextWith503(2);
        RestSchemaRegistryClient client = client(Map.of(SchemaRegistryConfig.MAX_RETRIES, 3));

        int id = assertTimeoutPreemptively(HANG_GUARD, () -> client.register("orders-value", ORDER_V1));

        assertThat(id).isEqualTo(1);
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void serviceUnavailableBeyondRetriesIsUnavailable() {
        stub.failNextWith503(10);
        RestSchemaRegistryClient client = client(Map.of(SchemaRegistryConfig.MAX_RETRIES, 2));

        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> client.schemaById(1)))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.UNAVAILABLE))
                .hasMessageContaining("503");
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void timeoutIsRetried() {
        stub.preload("orders-value", ORDER_V1);
        stub.hangNext(1);
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryConfig.REQUEST_TIMEOUT_MS, 300,
                SchemaRegistryConfig.MAX_RETRIES, 2));

        Schema schema = assertTimeoutPreemptively(HANG_GUARD, () -> client.schemaById(1));

        assertThat(schema).isEqualTo(ORDER_V1);
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void notFoundIsNotRetried() {
        RestSchemaRegistryClient client = client(Map.of(SchemaRegistryConfig.MAX_RETRIES, 5));

        assertThatThrownBy(() -> client.latest("missing-value")).isInstanceOf(SchemaRegistryException.class);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void deadUrlFailsOverToLiveUrl() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            deadPort = socket.getLocalPort();
        }
        int id = stub.preload("orders-value", ORDER_V1);
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + deadPort + "," + stub.url(),
                SchemaRegistryConfig.MAX_RETRIES, 0));

        Schema schema = assertTimeoutPreemptively(HANG_GUARD, () -> client.schemaById(id));
        SchemaRegistryClient.RegisteredSchema latest = client.latest("orders-value");

        assertThat(schema).isEqualTo(ORDER_V1);
        assertThat(latest.id()).isEqualTo(id);
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void serverErrorFailsOver() throws IOException {
        try (StubSchemaRegistry second = new StubSchemaRegistry()) {
            stub.failNextWith503(1);
            int id = second.preload("orders-value", ORDER_V1);
            RestSchemaRegistryClient client = client(Map.of(
                    SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url() + "," + second.url(),
                    SchemaRegistryConfig.MAX_RETRIES, 0));

            Schema schema = assertTimeoutPreemptively(HANG_GUARD, () -> client.schemaById(id));
            client.latest("orders-value");

            assertThat(schema).isEqualTo(ORDER_V1);
            assertThat(stub.requests()).hasSize(1);
            assertThat(second.requests()).hasSize(2);
        }
    }

    @Test
    void allUrlsDeadIsUnavailable() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            deadPort = socket.getLocalPort();
        }
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + deadPort,
                SchemaRegistryConfig.MAX_RETRIES, 1));

        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> client.schemaById(1)))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.UNAVAILABLE))
                .hasMessageContaining("could not connect");
    }

    @Test
    void serdeRoundTripsThroughRestRegistry() {
        Map<String, Object> configs = Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url());
        AvroWireSerde serde = new AvroWireSerde();
        serde.configure(configs, false);
        GenericRecord order = new GenericData.Record(ORDER_V1);
        order.put("id", "order-1");

        byte[] bytes = serde.serializer().serialize("orders", order);
        GenericRecord decoded = serde.deserializer().deserialize("orders", bytes);

        assertThat(decoded).isEqualTo(order);
        // The lookup finds no subject, so there is nothing to check compatibility against before registering.
        // Registration fills the schema cache, so decoding needs no further request.
        assertThat(stub.requests()).extracting(StubSchemaRegistry.RecordedRequest::rawPath)
                .containsExactly("/subjects/orders-value", "/subjects/orders-value/versions");
    }

    @Test
    void serdeFetchesWriterSchemaById() {
        Map<String, Object> configs = Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url());
        AvroWireSerde producerSide = new AvroWireSerde();
        AvroWireSerde consumerSide = new AvroWireSerde();
        producerSide.configure(configs, false);
        consumerSide.configure(configs, false);
        GenericRecord order = new GenericData.Record(ORDER_V1);
        order.put("id", "order-2");

        byte[] bytes = producerSide.serializer().serialize("orders", order);
        GenericRecord first = consumerSide.deserializer().deserialize("orders", bytes);
        GenericRecord second = consumerSide.deserializer().deserialize("orders", bytes);

        assertThat(first).isEqualTo(order);
        assertThat(second).isEqualTo(order);
        assertThat(stub.requests()).hasSize(3);
        assertThat(stub.requests().get(2).method()).isEqualTo("GET");
        assertThat(stub.requests().get(2).rawPath()).isEqualTo("/schemas/ids/1");
    }

    @Test
    void unknownIdThroughSerdeIsUnknownSchemaId() {
        AvroWireSerde serde = new AvroWireSerde();
        serde.configure(Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url()), false);

        assertThatThrownBy(() -> serde.deserializer().deserialize("orders", new byte[] {0, 0, 0, 0, 7, 2, 0x78}))
                .isInstanceOf(WireFormatException.class)
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.UNKNOWN_SCHEMA_ID));
        assertThat(stub.requests().get(0).rawPath()).isEqualTo("/schemas/ids/7");
    }

    @Test
    void oversizedResponseIsUnexpectedResponse() {
        stub.sendOversizedBodies(RestSchemaRegistryClient.MAX_RESPONSE_BYTES + 1);
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> client.schemaById(1)))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE))
                .hasMessageContaining("larger than");
        assertThat(stub.requests()).hasSize(1);
    }
}
