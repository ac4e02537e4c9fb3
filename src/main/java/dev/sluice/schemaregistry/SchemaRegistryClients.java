package dev.sluice.schemaregistry;

/** Creates the {@link SchemaRegistryClient} that a {@link SchemaRegistryConfig} selects. */
public final class SchemaRegistryClients {

    private SchemaRegistryClients() {
    }

    /** Returns the shared mock client of the scope for {@code mock://scope}, otherwise a new REST client. */
    public static SchemaRegistryClient forConfig(SchemaRegistryConfig config) {
        if (config.isMock()) {
            return MockSchemaRegistry.getClientForScope(config.mockScope());
        }
        return new RestSchemaRegistryClient(config);
    }
}
