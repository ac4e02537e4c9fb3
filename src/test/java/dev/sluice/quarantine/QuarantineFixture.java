package dev.sluice.quarantine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.crypto.tink.KeysetHandle;

import dev.sluice.avro.AnnotationEvent;
import dev.sluice.avro.EventType;
import dev.sluice.avro.Lineage;
import dev.sluice.avro.QuarantineReason;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.avro.QuarantineVerdict;
import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;
import dev.sluice.quarantine.QuarantineSeal.Part;
import dev.sluice.schemaregistry.AvroWireSerializer;
import dev.sluice.schemaregistry.SchemaRegistryConfig;

/**
 * Builds quarantine records the way the topology writes them, with a synthetic input event, for tests of the review
 * and of {@code sluice quarantine show}.
 */
public final class QuarantineFixture {

    public static final String INPUT_TOPIC = "annotations.raw";
    public static final String QUARANTINE_TOPIC = "sluice.quarantine";
    public static final String EVENT_ID = "evt-review-0042";
    public static final String PROMPT = "Please call Ana Silva at ana.silva@example.com, key AKIAIOSFODNN7EXAMPLE";
    public static final Lineage LINEAGE = new Lineage(INPUT_TOPIC, 3, 1207L, Instant.parse("2026-11-03T14:22:05Z"));

    private final Map<String, Object> serdeSettings;

    /** Creates a fixture whose serdes use the registry at {@code registryUrl}, for example mock://scope. */
    public QuarantineFixture(String registryUrl) {
        this.serdeSettings = Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, registryUrl);
    }

    public Map<String, Object> serdeSettings() {
        return serdeSettings;
    }

    /** Returns the input event in the Confluent wire format, as the input topic stored it. */
    public byte[] originalValue() {
        AnnotationEvent event = AnnotationEvent.newBuilder()
                .setEventId(EVENT_ID)
                .setEventType(EventType.PROMPT)
                .setProject("multilingual-chat")
                .setCreatedAt(Instant.parse("2026-11-03T14:20:00Z"))
                .setPrompt(PROMPT)
                .setMessages(List.of())
                .setLabels(List.of())
                .setMetadata(Map.of())
                .build();
        AvroWireSerializer<AnnotationEvent> serializer = new AvroWireSerializer<>();
        serializer.configure(serdeSettings, false);
        return serializer.serialize(INPUT_TOPIC, event);
    }

    /** Returns the input key, {@link #EVENT_ID} as UTF-8. */
    public static byte[] originalKey() {
        return EVENT_ID.getBytes(StandardCharsets.UTF_8);
    }

    /** Returns a quarantine record with the clear part filled in and the original still to be set. */
    public static QuarantineRecord.Builder clearPart() {
        return QuarantineRecord.newBuilder()
                .setEventId(EVENT_ID)
                .setProject("multilingual-chat")
                .setVerdict(QuarantineVerdict.SECRET)
                .setReasons(List.of(new QuarantineReason("aws-access-key", "AWS_ACCESS_KEY", "prompt", 1),
                        new QuarantineReason("email", "EMAIL_ADDRESS", "prompt", 1)))
                .setLineage(LINEAGE)
                .setQuarantinedAt(Instant.parse("2026-11-03T14:22:06Z"))
                .setHeldFor(List.of("atlas-annotate", "northwind-labeling"));
    }

    /** Returns a record whose key and value are sealed with {@code seal} for {@code sealLineage}. */
    public QuarantineRecord sealed(QuarantineSeal seal, byte[] key, Lineage sealLineage) {
        byte[] value = seal.seal(originalValue(), Part.VALUE, sealLineage.getSourceTopic(),
                sealLineage.getPartition(), sealLineage.getOffset());
        ByteBuffer sealedKey = key == null ? null : ByteBuffer.wrap(seal.seal(key, Part.KEY,
                sealLineage.getSourceTopic(), sealLineage.getPartition(), sealLineage.getOffset()));
        return clearPart()
                .setOriginalKey(sealedKey)
                .setOriginalValue(ByteBuffer.wrap(value))
                .setOriginalEncoding(QuarantineSeal.ENCODING)
                .build();
    }

    /** Returns the record in the Confluent wire format, as the quarantine topic stores it. */
    public byte[] encode(QuarantineRecord record) {
        AvroWireSerializer<QuarantineRecord> serializer = new AvroWireSerializer<>();
        serializer.configure(serdeSettings, false);
        return serializer.serialize(QUARANTINE_TOPIC, record);
    }

    /** Returns a new reviewers' keyset. */
    public static KeysetHandle newKeyset() {
        return KeyPurpose.QUARANTINE_SEAL.generate();
    }

    /** Returns the seal of {@code keyset}. */
    public static QuarantineSeal sealOf(KeysetHandle keyset) {
        return new QuarantineSeal(Primitives.sealingAead(keyset, new KeysetReference("env:TEST_KEYSET")));
    }
}
