package dev.sluice.schemaregistry;

import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** {@link AvroWireSerializer} and {@link AvroWireDeserializer} as one Kafka Streams serde. */
public class AvroWireSerde implements Serde<GenericRecord> {

    private final AvroWireSerializer<GenericRecord> serializer;
    private final AvroWireDeserializer deserializer;
    private SchemaRegistryClient client;

    /** Creates a serde whose parts build their registry client in {@link #configure(Map, boolean)}. */
    public AvroWireSerde() {
        this.serializer = new AvroWireSerializer<>();
        this.deserializer = new AvroWireDeserializer();
    }

    /** Creates a serde whose parts share {@code client}. */
    public AvroWireSerde(SchemaRegistryClient client) {
        this.client = client;
        this.serializer = new AvroWireSerializer<>(client);
        this.deserializer = new AvroWireDeserializer(client);
    }

    /** Parses {@code configs} once and gives both parts the same registry client, so they share its caches. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);
        if (client == null) {
            client = SchemaRegistryClients.forConfig(config);
        }
        serializer.configure(client, config, isKey);
        deserializer.configure(client, config);
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }

    @Override
    public Serializer<GenericRecord> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<GenericRecord> deserializer() {
        return deserializer;
    }
}
