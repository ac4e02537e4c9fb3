package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthBearerTest {

    private static final Schema ORDER = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"org.example\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"}]}");

    private StubSchemaRegistry registry;
    private HttpServer issuer;
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> tokenAuthorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile int issuerStatus = 200;

    @BeforeEach
    void start() throws IOException {
        registry = new StubSchemaRegistry();
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        issuer.createContext("/oauth/token", exchange -> {
            tokenRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokenAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String body = issuerStatus == 200
                    ? "{\"access_token\":\"tok-" + issued.incrementAndGet() + "\",\"token_type\":\"Bearer\","
                            + "\"expires_in\":3600}"
                    : "{\"error\":\"invalid_client\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(issuerStatus, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        issuer.start();
    }

    @AfterEach
    void stop() {
        registry.close();
        issuer.stop(0);
    }

    @Test
    void tokenFetchedOnce() {
        registry.requireAuthorization("Bearer tok-1");
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryConfig.BEARER_AUTH_LOGICAL_CLUSTER, "lsrc-x1y2z3",
                SchemaRegistryConfig.BEARER_AUTH_IDENTITY_POOL_ID, "pool-ab12"));

        client.register("orders-value", ORDER);
        client.latest("orders-value");

        assertThat(tokenRequests).containsExactly("grant_type=client_credentials&scope=schema_registry");
        assertThat(tokenAuthorizations).containsExactly("Basic c2x1aWNlLWFwcDpzM2NyM3QlMjY=");
        assertThat(registry.requests()).hasSize(2);
        assertThat(registry.requests()).allSatisfy(request ->
                assertThat(request.authorization()).isEqualTo("Bearer tok-1"));
        assertThat(registry.clusterHeaders()).containsOnly("lsrc-x1y2z3|pool-ab12");
    }

    @Test
    void rejectedTokenIsReplacedOnce() {
        RestSchemaRegistryClient client = client(Map.of());
        client.register("orders-value", ORDER);
        registry.requireAuthorization("Bearer tok-2");

        client.latest("orders-value");

        assertThat(issued.get()).isEqualTo(2);
    }

    @Test
    void rejectedClientIsUnauthorizedWithoutSecret() {
        issuerStatus = 401;
        RestSchemaRegistryClient client = client(Map.of());

        assertThatThrownBy(() -> client.register("orders-value", ORDER))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.UNAUTHORIZED))
                .hasMessageContaining("rejected client sluice-app with HTTP 401 (invalid_client)")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void tokenIsRenewedBeforeExpiry() {
        AtomicLong now = new AtomicLong();
        OAuthSettings settings = SchemaRegistryConfig.parse(configs(Map.of())).oauth();
        OAuthTokenSource tokens = new OAuthTokenSource(HttpClient.newHttpClient(), settings, Duration.ofSeconds(5),
                now::get);

        String first = tokens.token();
        now.addAndGet(Duration.ofSeconds(3000).toNanos());
        String stillFirst = tokens.token();
        now.addAndGet(Duration.ofSeconds(300).toNanos());
        String second = tokens.token();

        assertThat(stillFirst).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void missingClientSecretIsNamed() {
        Map<String, Object> configs = configs(Map.of());
        configs.remove(OAuthSettings.CLIENT_SECRET);

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Missing bearer.auth.client.secret");
    }

    @Test
    void settingsNeverPrintTheSecret() {
        assertThat(SchemaRegistryConfig.parse(configs(Map.of())).toString()).contains("OAUTHBEARER")
                .doesNotContain("s3cr3t");
    }

    private RestSchemaRegistryClient client(Map<String, Object> extra) {
        Map<String, Object> configs = configs(Map.of());
        configs.putAll(extra);
        return new RestSchemaRegistryClient(SchemaRegistryConfig.parse(configs));
    }

    private Map<String, Object> configs(Map<String, Object> extra) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, registry.url());
        configs.put(SchemaRegistryConfig.MAX_RETRIES, 0);
        configs.put(SchemaRegistryConfig.BEARER_AUTH_CREDENTIALS_SOURCE, "OAUTHBEARER");
        configs.put(OAuthSettings.ISSUER_ENDPOINT_URL, "http://127.0.0.1:" + issuer.getAddress().getPort()
                + "/oauth/token");
        configs.put(OAuthSettings.CLIENT_ID, "sluice-app");
        configs.put(OAuthSettings.CLIENT_SECRET, "s3cr3t&");
        configs.put(OAuthSettings.SCOPE, "schema_registry");
        configs.putAll(extra);
        return configs;
    }
}
