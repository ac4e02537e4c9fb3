package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {

    private static final Schema V1 = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
    private static final Schema V2 = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
                    + "{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}]}");

    @AfterEach
    void dropScopes() {
        MockSchemaRegistry.dropScope("mock-test-shared");
        MockSchemaRegistry.dropScope("mock-test-other");
    }

    @Test
    void idsStartAtOne() {
        MockSchemaRegistryClient client = new MockSchemaRegistryClient();

        assertThat(client.register("topic-value", V1)).isEqualTo(1);
        assertThat(client.register("topic-value", V2)).isEqualTo(2);
    }

    @Test
    void sameSchemaSameSubjectKeepsIdAndVersion() {
        MockSchemaRegistryClient client = new MockSchemaRegistryClient();

        int first = client.register("topic-value", V1);
        int second = client.register("topic-value", new Schema.Parser().parse(V1.toString()));

        assertThat(second).isEqualTo(first);
        assertThat(client.version("topic-value", V1)).isEqualTo(1);
        assertThat(client.latest("topic-value").version()).isEqualTo(1);
    }

    @Test
    void sameSchemaOtherSubjectSharesGlobalId() {
        MockSchemaRegistryClient client = new MockSchemaRegistryClient();

        int first = client.register("a-value", V1);
        int second = client.register("b-value", V1);

        assertThat(second).isEqualTo(first);
        assertThat(client.version("b-value", V1)).isEqualTo(1);
    }

    @Test
    void latestReturnsNewestVersion() {
        MockSchemaRegistryClient client = new MockSchemaRegistryClient();
        client.register("topic-value", V1);
        int v2 = client.register("topic-value", V2);

        SchemaRegistryClient.RegisteredSchema latest = client.latest("topic-value");

        assertThat(latest.id()).isEqualTo(v2);
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.schema()).isEqualTo(V2);
    }

    @Test
    void unknownIdIsUnknownSchemaId() {
        MockSchemaRegistryClient client = new MockSchemaRegistryClient();

        assertThatThrownBy(() -> client.schemaById(5))
                .isInstanceOf(WireFormatException.class)
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.UNKNOWN_SCHEMA_ID));
    }

    @Test
    void unknownSubjectIsSubjectNotFound() {
        MockSchemaRegistryClient client = new MockSchemaRegistryClient();

        assertThatThrownBy(() -> client.latest("missing-value"))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.SUBJECT_NOT_FOUND));
    }

    @Test
    void lookupInOtherSubjectFails() {
        MockSchemaRegistryClient client = new MockSchemaRegistryClient();
        client.register("a-value", V1);
        client.register("b-value", V2);

        assertThatThrownBy(() -> client.lookupId("b-value", V1))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.SCHEMA_NOT_FOUND));
    }

    @Test
    void concurrentRegistrationsAgreeOnIds() throws Exception {
        MockSchemaRegistryClient client = new MockSchemaRegistryClient();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Schema schema = i % 2 == 0 ? V1 : V2;
                String subject = "topic-" + (i % 5) + "-value";
                tasks.add(() -> client.register(subject, schema));
            }
            List<Future<Integer>> results = pool.invokeAll(tasks, 20, TimeUnit.SECONDS);
            for (int i = 0; i < results.size(); i++) {
                int expected = i % 2 == 0 ? client.lookupId("topic-0-value", V1) : client.lookupId("topic-1-value", V2);
                assertThat(results.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(client.subjects()).hasSize(5);
    }

    @Test
    void sameScopeUrlSharesClient() {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(
                Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://mock-test-shared"));

        SchemaRegistryClient first = SchemaRegistryClients.forConfig(config);
        SchemaRegistryClient second = SchemaRegistryClients.forConfig(config);
        int id = first.register("topic-value", V1);

        assertThat(second).isSameAs(first);
        assertThat(second.schemaById(id)).isEqualTo(V1);
    }

    @Test
    void otherScopeIsSeparate() {
        SchemaRegistryClient shared = MockSchemaRegistry.getClientForScope("mock-test-shared");
        SchemaRegistryClient other = MockSchemaRegistry.getClientForScope("mock-test-other");
        shared.register("topic-value", V1);

        assertThat(other).isNotSameAs(shared);
        assertThatThrownBy(() -> other.latest("topic-value")).isInstanceOf(SchemaRegistryException.class);
    }

    @Test
    void dropScopeStartsEmpty() {
        SchemaRegistryClient before = MockSchemaRegistry.getClientForScope("mock-test-shared");
        before.register("topic-value", V1);

        MockSchemaRegistry.dropScope("mock-test-shared");
        SchemaRegistryClient after = MockSchemaRegistry.getClientForScope("mock-test-shared");

        assertThat(after).isNotSameAs(before);
        assertThatThrownBy(() -> after.schemaById(1)).isInstanceOf(WireFormatException.class);
        assertThat(before.schemaById(1)).isEqualTo(V1);
    }
}
