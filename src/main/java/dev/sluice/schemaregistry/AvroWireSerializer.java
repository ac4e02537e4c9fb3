package dev.sluice.schemaregistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generic or generated) in the Confluent wire format: magic byte, 4-byte big-endian schema id,
 * Avro binary body. The subject comes from the configured {@link SubjectNameStrategy}, by default Confluent's
 * TopicNameStrategy: {@code <topic>-value}, or {@code <topic>-key} for keys.
 *
 * <p>The schema id comes from registering the record's schema when {@code auto.register.schemas} is true (the
 * default). A schema already registered under the subject is used as it is. Before registering a schema that is new
 * to the subject, the serializer checks with the registry that it is compatible with the latest version, unless
 * {@code sluice.schema.registry.check.compatibility} is false. An incompatible schema raises a
 * {@link SchemaRegistryException} of kind {@link SchemaRegistryException.Kind#INCOMPATIBLE_SCHEMA}.
 *
 * <p>Without auto-registration and with {@code use.latest.version}, the record is written with the latest schema of
 * the subject, converted by Avro schema resolution when that schema differs from the record's. Otherwise the id of the record's
 * schema is looked up under the subject and must already exist.
 */
public class AvroWireSerializer<T extends GenericContainer> implements Serializer<T> {

    private SchemaRegistryClient client;
    private boolean autoRegisterSchemas = true;
    private boolean useLatestVersion;
    private boolean checkCompatibility = true;
    private SubjectNameStrategy subjectNameStrategy = SubjectNameStrategy.TOPIC_NAME;
    private boolean isKey;
    /** Ids of schemas this serializer registered or found, so the lookup and compatibility check run once each. */
    private final LruCache<SubjectSchema, Integer> registeredIds = new LruCache<>(1_000);
    private boolean configured;

    /** Creates a serializer that builds its registry client in {@link #configure(Map, boolean)}. */
    public AvroWireSerializer() {
    }

    /** Creates a serializer that uses {@code client}; {@link #configure(Map, boolean)} still reads the settings. */
    public AvroWireSerializer(SchemaRegistryClient client) {
        this.client = client;
    }

    /** Creates a configured serializer that uses {@code client}. */
    public AvroWireSerializer(SchemaRegistryClient client, SchemaRegistryConfig config, boolean isKey) {
        this.client = client;
        apply(config, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);
        if (client == null) {
            client = SchemaRegistryClients.forConfig(config);
        }
        apply(config, isKey);
    }

    /** Configures this serializer with {@code client} in place of any client it had. */
    void configure(SchemaRegistryClient client, SchemaRegistryConfig config, boolean isKey) {
        this.client = client;
        apply(config, isKey);
    }

    private void apply(SchemaRegistryConfig config, boolean isKey) {
        this.autoRegisterSchemas = config.autoRegisterSchemas();
        this.useLatestVersion = config.useLatestVersion();
        this.checkCompatibility = config.checkCompatibility();
        this.subjectNameStrategy = config.subjectNameStrategy(isKey);
        this.isKey = isKey;
        this.configured = true;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        if (!configured || client == null) {
            throw new IllegalStateException("AvroWireSerializer is not configured: call configure() first");
        }
        Schema schema = data.getSchema();
        String subject = subjectNameStrategy.subjectName(topic, isKey, schema);

        if (autoRegisterSchemas) {
            int id = registeredId(subject, schema);
            return frame(id, encode(schema, data, writerFor(data, schema)));
        }
        if (useLatestVersion) {
            SchemaRegistryClient.RegisteredSchema latest = client.latest(subject);
            byte[] body = encode(schema, data, writerFor(data, schema));
            if (!latest.schema().equals(schema)) {
                body = convert(body, schema, latest, subject);
            }
            return frame(latest.id(), body);
        }
        int id = client.lookupId(subject, schema);
        return frame(id, encode(schema, data, writerFor(data, schema)));
    }

    /**
     * Returns the id of {@code schema} under {@code subject}, registering it if it is not there yet. A new schema is
     * checked for compatibility first when the check is enabled.
     */
    private int registeredId(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = registeredIds.get(key);
        if (cached != null) {
            return cached;
        }
        int id;
        if (checkCompatibility) {
            id = registerAfterCompatibilityCheck(subject, schema);
        } else {
            id = client.register(subject, schema);
        }
        registeredIds.put(key, id);
        return id;
    }

    private int registerAfterCompatibilityCheck(String subject, Schema schema) {
        // Registering an already registered schema returns its id whatever the compatibility level, so only a schema
        // that is new to the subject is checked. A subject with no versions has nothing to break.
        try {
            return client.lookupId(subject, schema);
        } catch (SchemaRegistryException e) {
            if (e.kind() == SchemaRegistryException.Kind.SUBJECT_NOT_FOUND) {
                return client.register(subject, schema);
            }
            if (e.kind() != SchemaRegistryException.Kind.SCHEMA_NOT_FOUND) {
                throw e;
            }
        }
        if (!client.isCompatible(subject, schema)) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.INCOMPATIBLE_SCHEMA, 0, 0,
                    "Schema " + schema.getFullName() + " is incompatible with the latest version of subject "
                            + subject + ", so it was not registered; make the change compatible with the subject's "
                            + "compatibility level, or register it by hand after changing that level");
        }
        return client.register(subject, schema);
    }

    private record SubjectSchema(String subject, Schema schema) {
    }

    /** Returns the subject of {@code topic} under Confluent's TopicNameStrategy. */
    public static String subjectName(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DatumWriter<Object> writerFor(GenericContainer data, Schema schema) {
        if (data instanceof SpecificRecord) {
            // The generated class's own SpecificData carries its logical type conversions.
            return new SpecificDatumWriter(schema, SpecificData.getForClass(data.getClass()));
        }
        return new GenericDatumWriter<>(schema, GenericData.get());
    }

    private static byte[] encode(Schema schema, Object data, DatumWriter<Object> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            writer.write(data, encoder);
            encoder.flush();
        } catch (NullPointerException | ClassCastException e) {
            // Avro names the field in these messages, and they never quote a value.
            throw new SerializationException("Failed to write a record of schema " + schema.getFullName()
                    + ": " + e.getMessage(), e);
        } catch (AvroRuntimeException | IOException e) {
            // The cause is left out because Avro may quote the offending value in its message.
            throw new SerializationException("Failed to write a record of schema " + schema.getFullName()
                    + ": " + e.getClass().getSimpleName() + " while writing the record");
        }
        return out.toByteArray();
    }

    /** Re-encodes {@code body} from {@code recordSchema} to the latest schema of the subject. */
    private static byte[] convert(byte[] body, Schema recordSchema, SchemaRegistryClient.RegisteredSchema latest,
            String subject) {
        try {
            GenericDatumReader<Object> reader = new GenericDatumReader<>(recordSchema, latest.schema());
            Object converted = reader.read(null, DecoderFactory.get().binaryDecoder(body, null));
            return encode(latest.schema(), converted, new GenericDatumWriter<>(latest.schema(), GenericData.get()));
        } catch (AvroRuntimeException | IOException e) {
            throw new WireFormatException(WireFormatException.Reason.INCOMPATIBLE_SCHEMA,
                    "Record schema " + recordSchema.getFullName() + " cannot be written with the latest schema (id "
                            + latest.id() + ", version " + latest.version() + ") of subject " + subject + ": "
                            + e.getMessage());
        }
    }

    private static byte[] frame(int schemaId, byte[] body) {
        return WireFormat.encode(schemaId, body);
    }
}
