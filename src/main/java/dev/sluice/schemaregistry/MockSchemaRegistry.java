package dev.sluice.schemaregistry;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Named {@link MockSchemaRegistryClient} scopes shared within the JVM, so that every serde configured with
 * {@code schema.registry.url = mock://name} reads and writes the same schemas and ids.
 */
public final class MockSchemaRegistry {

    /** URL scheme that selects a mock scope instead of a registry server. */
    public static final String MOCK_URL_PREFIX = "mock://";

    private static final ConcurrentMap<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private MockSchemaRegistry() {
    }

    /** Returns the client of {@code scope}, creating an empty one on first use. */
    public static MockSchemaRegistryClient getClientForScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistryClient());
    }

    /** Removes {@code scope}, so that its next use starts empty. Clients already handed out keep their schemas. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }
}
