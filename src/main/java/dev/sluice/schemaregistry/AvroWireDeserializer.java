package dev.sluice.schemaregistry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire format payloads into Avro records. The writer schema comes from the registry by the id in the
 * header, and the body is resolved to the configured reader schema ({@code sluice.avro.reader.schema}), or to the
 * writer schema when none is set. With {@code specific.avro.reader=true} the result is the generated class named by
 * the reader (or writer) schema, or a generic record when no such class is on the class path.
 *
 * <p>All three {@code deserialize} overloads share one code path. Failures are {@link WireFormatException}s: the
 * header gives NOT_WIRE_FORMAT or UNKNOWN_SCHEMA_ID, a body that is not exactly one value of the writer schema gives
 * CORRUPT_AVRO, and a writer schema that the reader schema cannot resolve gives INCOMPATIBLE_SCHEMA.
 */
public class AvroWireDeserializer implements Deserializer<GenericRecord> {

    /** Maximum number of cached datum readers, one per writer schema id; the cache is emptied when it is full. */
    private static final int MAX_CACHED_READERS = 1_000;

    private final ConcurrentHashMap<Integer, DatumReader<Object>> readersByWriterId = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private Schema readerSchema;
    private boolean specificAvroReader;
    private boolean configured;

    /** Creates a deserializer that builds its registry client in {@link #configure(Map, boolean)}. */
    public AvroWireDeserializer() {
    }

    /** Creates a deserializer that uses {@code client}; {@link #configure(Map, boolean)} still reads the settings. */
    public AvroWireDeserializer(SchemaRegistryClient client) {
        this.client = client;
    }

    /** Creates a configured deserializer that uses {@code client}. */
    public AvroWireDeserializer(SchemaRegistryClient client, SchemaRegistryConfig config) {
        this.client = client;
        apply(config);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);
        if (client == null) {
            client = SchemaRegistryClients.forConfig(config);
        }
        apply(config);
    }

    /** Configures this deserializer with {@code client} in place of any client it had. */
    void configure(SchemaRegistryClient client, SchemaRegistryConfig config) {
        this.client = client;
        apply(config);
    }

    private void apply(SchemaRegistryConfig config) {
        this.readerSchema = config.readerSchema();
        this.specificAvroReader = config.specificAvroReader();
        this.readersByWriterId.clear();
        this.configured = true;
    }

    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        return decode(data, 0, data.length);
    }

    @Override
    public GenericRecord deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        return decode(data, 0, data.length);
    }

    /** Reads the remaining bytes of {@code data} without moving its position. */
    @Override
    public GenericRecord deserialize(String topic, Headers headers, ByteBuffer data) {
        if (data == null) {
            return null;
        }
        if (data.hasArray()) {
            return decode(data.array(), data.arrayOffset() + data.position(), data.remaining());
        }
        byte[] copy = new byte[data.remaining()];
        data.duplicate().get(copy);
        return decode(copy, 0, copy.length);
    }

    private GenericRecord decode(byte[] buffer, int offset, int length) {
        if (!configured || client == null) {
            throw new IllegalStateException("AvroWireDeserializer is not configured: call configure() first");
        }
        WireFormat.Header header = WireFormat.parse(buffer, offset, length);
        Schema writerSchema = client.schemaById(header.schemaId());
        AvroBodyValidator.validate(writerSchema, buffer, header.bodyOffset(), header.bodyLength());

        DatumReader<Object> reader = readerFor(header.schemaId(), writerSchema);
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(buffer, header.bodyOffset(), header.bodyLength(), null);
        Object value;
        try {
            value = reader.read(null, decoder);
        } catch (AvroRuntimeException e) {
            // The body matched the writer schema, so a failure here comes from schema resolution.
            throw new WireFormatException(WireFormatException.Reason.INCOMPATIBLE_SCHEMA,
                    "Writer schema id " + header.schemaId() + " (" + writerSchema.getFullName()
                            + ") cannot be read with reader schema " + readerName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new WireFormatException(WireFormatException.Reason.CORRUPT_AVRO,
                    "Avro body with writer schema id " + header.schemaId() + " failed to decode: "
                            + e.getClass().getSimpleName());
        }
        if (!(value instanceof GenericRecord record)) {
            throw new WireFormatException(WireFormatException.Reason.INCOMPATIBLE_SCHEMA,
                    "Writer schema id " + header.schemaId() + " is of type " + writerSchema.getType()
                            + ", expected a record");
        }
        return record;
    }

    private String readerName() {
        return readerSchema == null ? "(writer schema)" : readerSchema.getFullName();
    }

    private DatumReader<Object> readerFor(int writerId, Schema writerSchema) {
        DatumReader<Object> reader = readersByWriterId.get(writerId);
        if (reader != null) {
            return reader;
        }
        reader = newReader(writerSchema);
        if (readersByWriterId.size() >= MAX_CACHED_READERS) {
            readersByWriterId.clear();
        }
        readersByWriterId.put(writerId, reader);
        return reader;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DatumReader<Object> newReader(Schema writerSchema) {
        Schema target = readerSchema != null ? readerSchema : writerSchema;
        if (specificAvroReader && target.getType() == Schema.Type.RECORD) {
            Class<?> generated = specificClass(target);
            if (generated != null) {
                SpecificData data = SpecificData.getForClass(generated);
                Schema specificReader = readerSchema != null ? readerSchema : data.getSchema(generated);
                return new SpecificDatumReader(writerSchema, specificReader, data);
            }
        }
        return new GenericDatumReader<>(writerSchema, target, GenericData.get());
    }

    /** Returns the generated SpecificRecord class named by {@code schema}, or null if there is none. */
    private static Class<?> specificClass(Schema schema) {
        Class<?> found;
        try {
            found = SpecificData.get().getClass(schema);
        } catch (SecurityException e) {
            throw new WireFormatException(WireFormatException.Reason.INCOMPATIBLE_SCHEMA,
                    "Class " + schema.getFullName() + " is outside the packages trusted by the system property "
                            + "org.apache.avro.SERIALIZABLE_PACKAGES", e);
        }
        return found != null && SpecificRecord.class.isAssignableFrom(found) ? found : null;
    }
}
