package dev.sluice.quarantine;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;

import dev.sluice.avro.QuarantineRecord;
import dev.sluice.quarantine.QuarantineReviewException.Cause;
import dev.sluice.quarantine.QuarantineSeal.Part;
import dev.sluice.schemaregistry.AvroWireDeserializer;
import dev.sluice.schemaregistry.SchemaRegistryClient;
import dev.sluice.schemaregistry.SchemaRegistryClients;
import dev.sluice.schemaregistry.SchemaRegistryConfig;
import dev.sluice.schemaregistry.SchemaRegistryException;
import dev.sluice.schemaregistry.WireFormat;
import dev.sluice.schemaregistry.WireFormatException;

/**
 * Decodes the value of a quarantine topic record and, when it can, shows its original: opens a sealed original with
 * the reviewer keyset and the record's lineage, or reads a legacy original stored in clear. Reads no topic itself,
 * so it works on bytes from any source.
 */
public final class QuarantineReview {

    /** {@code original_encoding} of records written before originals were sealed: the original in clear. */
    public static final String CLEAR_ENCODING = "confluent-avro";

    private final AvroWireDeserializer recordDecoder;
    private final AvroWireDeserializer originalDecoder;
    private final LogicalTypeReader timeReader;
    private final SealOpener opener;

    private QuarantineReview(SchemaRegistryClient registry, Map<String, ?> serdeSettings, ReviewerKeyset keyset) {
        Map<String, Object> recordSettings = new LinkedHashMap<>(serdeSettings);
        recordSettings.put(SchemaRegistryConfig.SPECIFIC_AVRO_READER, "true");
        recordSettings.put(SchemaRegistryConfig.READER_SCHEMA, QuarantineRecord.getClassSchema().toString());
        this.recordDecoder = new AvroWireDeserializer(registry, SchemaRegistryConfig.parse(recordSettings));

        Map<String, Object> originalSettings = new LinkedHashMap<>(serdeSettings);
        originalSettings.remove(SchemaRegistryConfig.SPECIFIC_AVRO_READER);
        originalSettings.remove(SchemaRegistryConfig.READER_SCHEMA);
        this.originalDecoder = new AvroWireDeserializer(registry, SchemaRegistryConfig.parse(originalSettings));
        this.timeReader = new LogicalTypeReader(registry);

        this.opener = keyset == null ? null : new SealOpener(keyset);
    }

    /**
     * Creates a review that reads schemas from the registry that {@code serdeSettings} configure (for example the
     * {@code clientProperties()} of the run configuration).
     *
     * @param keyset the reviewer keyset, or null to show sealed originals as sealed
     */
    public static QuarantineReview create(Map<String, ?> serdeSettings, ReviewerKeyset keyset) {
        SchemaRegistryClient registry = SchemaRegistryClients.forConfig(SchemaRegistryConfig.parse(serdeSettings));
        return new QuarantineReview(registry, serdeSettings, keyset);
    }

    /**
     * Decodes {@code quarantineValue}, the value of one quarantine topic record, and opens or decodes its original.
     *
     * @throws QuarantineReviewException naming the cause when the value is no quarantine record, the original does not
     *     open, or the original value does not decode
     */
    public ReviewedRecord review(byte[] quarantineValue) {
        QuarantineRecord record = decodeRecord(quarantineValue);
        String encoding = record.getOriginalEncoding();

        if (QuarantineSeal.OMITTED.equals(encoding)) {
            return notShown(record, OriginalState.OMITTED);
        }
        if (CLEAR_ENCODING.equals(encoding)) {
            return shown(record, OriginalState.CLEAR, bytes(record.getOriginalKey()),
                    bytes(record.getOriginalValue()));
        }
        if (!QuarantineSeal.ENCODING.equals(encoding)) {
            throw new QuarantineReviewException(Cause.UNKNOWN_ENCODING, "original_encoding '" + encoding + "' is not "
                    + "one this version reads (" + QuarantineSeal.ENCODING + ", " + QuarantineSeal.OMITTED + ", "
                    + CLEAR_ENCODING + "); use the Sluice version that wrote the record");
        }
        if (opener == null) {
            return notShown(record, OriginalState.SEALED);
        }

        byte[] value = opener.open(bytes(record.getOriginalValue()), Part.VALUE, record.getLineage());
        byte[] sealedKey = bytes(record.getOriginalKey());
        byte[] key = sealedKey == null ? null : opener.open(sealedKey, Part.KEY, record.getLineage());
        return shown(record, OriginalState.OPENED, key, value);
    }

    private QuarantineRecord decodeRecord(byte[] quarantineValue) {
        if (quarantineValue == null) {
            throw new QuarantineReviewException(Cause.NOT_A_QUARANTINE_RECORD,
                    "the record has no value (a tombstone), so it holds no quarantine record");
        }
        Object decoded;
        try {
            decoded = recordDecoder.deserialize(null, quarantineValue);
        } catch (SerializationException e) {
            throwIfRegistryProblem(e);
            throw new QuarantineReviewException(Cause.NOT_A_QUARANTINE_RECORD,
                    "the record value is not a QuarantineRecord in the Confluent wire format: " + e.getMessage(), e);
        }
        if (!(decoded instanceof QuarantineRecord record)) {
            throw new QuarantineReviewException(Cause.NOT_A_QUARANTINE_RECORD, "the record value decodes to "
                    + decoded.getClass().getName() + ", not " + QuarantineRecord.class.getName());
        }
        return record;
    }

    private ReviewedRecord shown(QuarantineRecord record, OriginalState state, byte[] key, byte[] value) {
        GenericRecord original;
        try {
            // The wire deserializer validates the payload and names what is wrong with it. It applies no time
            // conversions, so a second read adds them.
            originalDecoder.deserialize(null, value);
            original = timeReader.read(value);
        } catch (SerializationException e) {
            throwIfRegistryProblem(e);
            throw new QuarantineReviewException(Cause.UNDECODABLE_ORIGINAL, "the original value (" + value.length
                    + " bytes, " + state.name().toLowerCase(java.util.Locale.ROOT) + ") does not decode: "
                    + e.getMessage(), e);
        }
        int schemaId = WireFormat.parse(value).schemaId();
        return new ReviewedRecord(record, state, key, original, schemaId);
    }

    private static ReviewedRecord notShown(QuarantineRecord record, OriginalState state) {
        return new ReviewedRecord(record, state, null, null, ReviewedRecord.NO_SCHEMA_ID);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }

    /**
     * Throws a {@link Cause#REGISTRY} error when decoding failed because the registry does not know the schema id or
     * cannot be reached: the record is then fine, and the fix is the registry setting.
     */
    private static void throwIfRegistryProblem(SerializationException e) {
        boolean unknownId = e instanceof WireFormatException wire
                && wire.reason() == WireFormatException.Reason.UNKNOWN_SCHEMA_ID;
        boolean registry = e instanceof SchemaRegistryException
                || e.getCause() instanceof SchemaRegistryException;
        if (unknownId || registry) {
            throw new QuarantineReviewException(Cause.REGISTRY, "the schema registry cannot give the schema of this "
                    + "record; check that schema.registry.url points at the registry Sluice writes to and that it is "
                    + "up (" + e.getMessage() + ")", e);
        }
    }
}
