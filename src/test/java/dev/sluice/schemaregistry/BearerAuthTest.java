package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BearerAuthTest {

    private static final String TOKEN = "tok-example-5f2c";
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

    private Map<String, Object> configs(Map<String, Object> extra) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url());
        configs.put(SchemaRegistryConfig.MAX_RETRIES, 0);
        configs.putAll(extra);
        return configs;
    }

    private Map<String, Object> bearer() {
        return configs(Map.of(
                SchemaRegistryConfig.BEARER_AUTH_CREDENTIALS_SOURCE, "STATIC_TOKEN",
                SchemaRegistryConfig.BEARER_AUTH_TOKEN, TOKEN));
    }

    @Test
    void staticTokenSentAsBearerHeader() {
        stub.requireAuthorization("Bearer " + TOKEN);
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryConfig.parse(bearer()));

        int id = client.register("orders-value", ORDER);

        assertThat(id).isEqualTo(1);
        assertThat(stub.requests()).hasSize(1);
        assertThat(stub.requests().get(0).authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void wrongTokenIsUnauthorized() {
        stub.requireAuthorization("Bearer another-token");
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryConfig.parse(bearer()));

        assertThatThrownBy(() -> client.register("orders-value", ORDER))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SchemaRegistryException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage()).doesNotContain(TOKEN);
                });
    }

    @Test
    void tokenNeverInToString() {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(bearer());

        assertThat(config.bearerToken()).isEqualTo(TOKEN);
        assertThat(config.toString()).contains("bearerAuth=STATIC_TOKEN");
        assertThat(config.toString()).doesNotContain(TOKEN);
    }

    @Test
    void basicAndBearerTogetherRejected() {
        Map<String, Object> configs = bearer();
        configs.put(SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "user:secret-pw");

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE)
                .hasMessageContaining(SchemaRegistryConfig.BEARER_AUTH_CREDENTIALS_SOURCE)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("secret-pw"));
    }

    @Test
    void bearerWithUrlUserInfoRejected() {
        Map<String, Object> configs = bearer();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "http://user:secret-pw@127.0.0.1:" + stub.port());

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.BEARER_AUTH_CREDENTIALS_SOURCE)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-pw"));
    }

    @Test
    void missingTokenRejected() {
        Map<String, Object> configs = configs(Map.of(
                SchemaRegistryConfig.BEARER_AUTH_CREDENTIALS_SOURCE, "STATIC_TOKEN"));

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.BEARER_AUTH_TOKEN);
    }

    @Test
    void tokenWithoutSourceRejected() {
        Map<String, Object> configs = configs(Map.of(SchemaRegistryConfig.BEARER_AUTH_TOKEN, TOKEN));

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.BEARER_AUTH_CREDENTIALS_SOURCE)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    }

    @Test
    void unsupportedSourceRejected() {
        Map<String, Object> configs = configs(Map.of(
                SchemaRegistryConfig.BEARER_AUTH_CREDENTIALS_SOURCE, "SASL_INHERIT",
                SchemaRegistryConfig.BEARER_AUTH_TOKEN, TOKEN));

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("STATIC_TOKEN, OAUTHBEARER")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    }
}
