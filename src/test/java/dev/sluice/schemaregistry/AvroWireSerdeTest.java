package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sluice.avro.AnnotationEvent;
import dev.sluice.avro.EventType;
import dev.sluice.avro.Message;

class AvroWireSerdeTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static final Schema STRING_RECORD = parse(
            "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
    private static final Schema INT_RECORD = parse(
            "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");
    private static final Schema INT_AND_OPTIONAL_STRING = parse(
            "{\"type\":\"record\",\"name\":\"P\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"},"
                    + "{\"name\":\"s\",\"type\":[\"null\",\"string\"]}]}");
    private static final Schema ORDER_V1 = parse(
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"org.example\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"}]}");
    private static final Schema ORDER_V2 = parse(
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"org.example\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"},"
                    + "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}]}");
    private static final Schema ORDER_V2_REQUIRED_NOTE = parse(
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"org.example\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"note\",\"type\":\"string\"}]}");
    private static final Schema NULL_ARRAY = parse(
            "{\"type\":\"record\",\"name\":\"N\",\"fields\":[{\"name\":\"xs\","
                    + "\"type\":{\"type\":\"array\",\"items\":\"null\"}}]}");
    private static final Schema COLOR = parse(
            "{\"type\":\"record\",\"name\":\"C\",\"fields\":[{\"name\":\"c\","
                    + "\"type\":{\"type\":\"enum\",\"name\":\"Color\",\"symbols\":[\"RED\",\"GREEN\"]}}]}");
    private static final Schema STRING_MAP = parse(
            "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"m\","
                    + "\"type\":{\"type\":\"map\",\"values\":\"string\"}}]}");

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope("serde-test");
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }

    private static SchemaRegistryConfig config(Map<String, Object> extra) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://serde-test");
        configs.putAll(extra);
        return SchemaRegistryConfig.parse(configs);
    }

    private AvroWireSerializer<GenericRecord> serializer(Map<String, Object> extra) {
        return new AvroWireSerializer<>(registry, config(extra), false);
    }

    private AvroWireDeserializer deserializer(Map<String, Object> extra) {
        return new AvroWireDeserializer(registry, config(extra));
    }

    private static GenericRecord record(Schema schema, Object... namesAndValues) {
        GenericRecord record = new GenericData.Record(schema);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            record.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return record;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    private static void assertReason(ThrowingCallable call, WireFormatException.Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOf(WireFormatException.class)
                .satisfies(e -> assertThat(((WireFormatException) e).reason()).isEqualTo(reason));
    }

    // Known encodings, computed by hand from the Avro specification.

    @Test
    void stringRecordEncodesToKnownBytes() {
        byte[] encoded = serializer(Map.of()).serialize("t", record(STRING_RECORD, "a", "x"));

        // Magic 0, id 1, zigzag length 1 as 0x02, 'x' as 0x78.
        assertThat(encoded).containsExactly(0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x78);
    }

    @Test
    void intAndNullUnionEncodeToKnownBytes() {
        byte[] encoded = serializer(Map.of()).serialize("t", record(INT_AND_OPTIONAL_STRING, "n", 64, "s", null));

        // 64 zigzags to 128, which is the varint 0x80 0x01; union branch 0 (null) is 0x00.
        assertThat(encoded).containsExactly(0x00, 0x00, 0x00, 0x00, 0x01, 0x80, 0x01, 0x00);
    }

    @Test
    void negativeIntEncodesToKnownBytes() {
        byte[] encoded = serializer(Map.of()).serialize("t", record(INT_AND_OPTIONAL_STRING, "n", -65, "s", "hi"));

        // -65 zigzags to 129 (0x81 0x01); union branch 1 is 0x02, then length 2 as 0x04 and "hi".
        assertThat(encoded).containsExactly(0x00, 0x00, 0x00, 0x00, 0x01, 0x81, 0x01, 0x02, 0x04, 0x68, 0x69);
    }

    @Test
    void knownBytesDecodeToRecord() {
        registry.register("t-value", STRING_RECORD);

        GenericRecord decoded = deserializer(Map.of()).deserialize("t", bytes(0, 0, 0, 0, 1, 0x02, 0x78));

        assertThat(decoded.getSchema()).isEqualTo(STRING_RECORD);
        assertThat(decoded.get("a")).hasToString("x");
    }

    // Subjects and registration modes.

    @Test
    void valueAndKeySubjectsFollowTopicName() {
        AvroWireSerializer<GenericRecord> keySerializer = new AvroWireSerializer<>(registry, config(Map.of()), true);

        serializer(Map.of()).serialize("orders", record(ORDER_V1, "id", "o-1"));
        keySerializer.serialize("orders", record(STRING_RECORD, "a", "k"));

        assertThat(registry.subjects()).containsExactlyInAnyOrder("orders-value", "orders-key");
        assertThat(registry.latest("orders-value").schema()).isEqualTo(ORDER_V1);
        assertThat(registry.latest("orders-key").schema()).isEqualTo(STRING_RECORD);
    }

    @Test
    void withoutAutoRegisterLooksUpExistingId() {
        registry.register("other-value", STRING_RECORD);
        int id = registry.register("orders-value", ORDER_V1);
        AvroWireSerializer<GenericRecord> serializer = serializer(
                Map.of(SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, false));

        byte[] encoded = serializer.serialize("orders", record(ORDER_V1, "id", "o-1"));

        assertThat(WireFormat.parse(encoded).schemaId()).isEqualTo(id);
        assertThat(registry.latest("orders-value").version()).isEqualTo(1);
    }

    @Test
    void withoutAutoRegisterUnknownSchemaFails() {
        registry.register("orders-value", ORDER_V1);
        AvroWireSerializer<GenericRecord> serializer = serializer(
                Map.of(SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, false));

        assertThatThrownBy(() -> serializer.serialize("orders", record(ORDER_V2, "id", "o-1")))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).kind())
                        .isEqualTo(SchemaRegistryException.Kind.SCHEMA_NOT_FOUND));
    }

    @Test
    void useLatestVersionWritesWithLatestSchema() {
        registry.register("orders-value", ORDER_V1);
        int latestId = registry.register("orders-value", ORDER_V2);
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of(
                SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, false,
                SchemaRegistryConfig.USE_LATEST_VERSION, true));

        byte[] encoded = serializer.serialize("orders", record(ORDER_V1, "id", "o-1"));
        GenericRecord decoded = deserializer(Map.of()).deserialize("orders", encoded);

        assertThat(WireFormat.parse(encoded).schemaId()).isEqualTo(latestId);
        assertThat(decoded.getSchema()).isEqualTo(ORDER_V2);
        assertThat(decoded.get("id")).hasToString("o-1");
        assertThat(decoded.get("note")).isNull();
    }

    @Test
    void useLatestVersionWithUnresolvableSchemaIsIncompatible() {
        registry.register("orders-value", ORDER_V2_REQUIRED_NOTE);
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of(
                SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, false,
                SchemaRegistryConfig.USE_LATEST_VERSION, true));

        assertReason(() -> serializer.serialize("orders", record(ORDER_V1, "id", "o-1")),
                WireFormatException.Reason.INCOMPATIBLE_SCHEMA);
    }

    @Test
    void recordMissingRequiredFieldFailsWithFieldName() {
        AvroWireSerializer<GenericRecord> serializer = serializer(Map.of());

        assertThatThrownBy(() -> serializer.serialize("orders", record(ORDER_V1)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("id");
    }

    @Test
    void nullSerializesAndDeserializesToNull() {
        AvroWireDeserializer deserializer = deserializer(Map.of());

        assertThat(serializer(Map.of()).serialize("orders", null)).isNull();
        assertThat(deserializer.deserialize("orders", null)).isNull();
        assertThat(deserializer.deserialize("orders", new RecordHeaders(), (byte[]) null)).isNull();
        assertThat(deserializer.deserialize("orders", new RecordHeaders(), (ByteBuffer) null)).isNull();
    }

    @Test
    void unconfiguredSerializerFails() {
        AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>(registry);

        assertThatThrownBy(() -> serializer.serialize("orders", record(ORDER_V1, "id", "o-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("configure");
    }

    // Round trips.

    @Test
    void genericRecordRoundTripsThroughEveryOverload() {
        GenericRecord order = record(ORDER_V2, "id", "o-1", "note", "gift wrap");
        byte[] encoded = serializer(Map.of()).serialize("orders", order);
        AvroWireDeserializer deserializer = deserializer(Map.of());

        GenericRecord plain = deserializer.deserialize("orders", encoded);
        GenericRecord withHeaders = deserializer.deserialize("orders", new RecordHeaders(), encoded);
        GenericRecord fromBuffer = deserializer.deserialize("orders", new RecordHeaders(), ByteBuffer.wrap(encoded));

        assertThat(plain).isEqualTo(order);
        assertThat(withHeaders).isEqualTo(order);
        assertThat(fromBuffer).isEqualTo(order);
    }

    @Test
    void byteBufferSliceAndDirectBufferDecode() {
        GenericRecord order = record(ORDER_V1, "id", "o-2");
        byte[] encoded = serializer(Map.of()).serialize("orders", order);
        byte[] padded = new byte[encoded.length + 6];
        System.arraycopy(encoded, 0, padded, 3, encoded.length);
        ByteBuffer slice = ByteBuffer.wrap(padded, 3, encoded.length).slice();
        ByteBuffer offsetView = ByteBuffer.wrap(padded, 3, encoded.length);
        ByteBuffer direct = ByteBuffer.allocateDirect(encoded.length).put(encoded).flip();
        AvroWireDeserializer deserializer = deserializer(Map.of());

        assertThat(deserializer.deserialize("orders", new RecordHeaders(), slice)).isEqualTo(order);
        assertThat(deserializer.deserialize("orders", new RecordHeaders(), offsetView.slice())).isEqualTo(order);
        assertThat(deserializer.deserialize("orders", new RecordHeaders(), direct)).isEqualTo(order);
        assertThat(direct.position()).isZero();
    }

    private static AnnotationEvent sampleEvent() {
        return AnnotationEvent.newBuilder()
                .setEventId("evt-0001")
                .setEventType(EventType.CONVERSATION)
                .setProject("project-example")
                .setCreatedAt(Instant.parse("2026-01-02T03:04:05.678Z"))
                .setPrompt("Summarize the ticket from user@example.com")
                .setResponse("The customer asks for a refund.")
                .setMessages(List.of(new Message("user", "Call me at 555-0100")))
                .setLabels(List.of("helpful"))
                .setScore(4.5)
                .setMetadata(Map.of("source", "unit-test"))
                .build();
    }

    @Test
    void annotationEventRoundTripsAsSpecificRecord() {
        AnnotationEvent event = sampleEvent();
        AvroWireSerializer<AnnotationEvent> serializer =
                new AvroWireSerializer<>(registry, config(Map.of()), false);
        AvroWireDeserializer deserializer = deserializer(Map.of(SchemaRegistryConfig.SPECIFIC_AVRO_READER, true));

        byte[] encoded = serializer.serialize("events", event);
        GenericRecord decoded = deserializer.deserialize("events", encoded);

        assertThat(decoded).isInstanceOf(AnnotationEvent.class);
        assertThat(decoded).isEqualTo(event);
        assertThat(((AnnotationEvent) decoded).getCreatedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
    }

    @Test
    void annotationEventDecodesAsGenericRecordByDefault() {
        AnnotationEvent event = sampleEvent();
        byte[] encoded = new AvroWireSerializer<AnnotationEvent>(registry, config(Map.of()), false)
                .serialize("events", event);

        GenericRecord decoded = deserializer(Map.of()).deserialize("events", encoded);

        assertThat(decoded).isNotInstanceOf(AnnotationEvent.class);
        assertThat(decoded.get("event_id")).hasToString("evt-0001");
        assertThat(decoded.get("event_type")).hasToString("CONVERSATION");
        assertThat(decoded.get("created_at")).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z").toEpochMilli());
        assertThat(decoded.get("score")).isEqualTo(4.5);
    }

    @Test
    void olderWriterDecodesIntoAnnotationEventWithDefaults() {
        Schema olderEvent = parse("{\"type\":\"record\",\"name\":\"AnnotationEvent\",\"namespace\":\"dev.sluice.avro\","
                + "\"fields\":[{\"name\":\"event_id\",\"type\":\"string\"},"
                + "{\"name\":\"event_type\",\"type\":{\"type\":\"enum\",\"name\":\"EventType\","
                + "\"symbols\":[\"PROMPT\",\"RESPONSE\",\"ANNOTATION\"]}},"
                + "{\"name\":\"project\",\"type\":\"string\"},"
                + "{\"name\":\"created_at\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},"
                + "{\"name\":\"prompt\",\"type\":\"string\"}]}");
        GenericRecord old = new GenericData.Record(olderEvent);
        old.put("event_id", "evt-0002");
        old.put("event_type", new GenericData.EnumSymbol(olderEvent.getField("event_type").schema(), "PROMPT"));
        old.put("project", "project-example");
        old.put("created_at", 1_700_000_000_000L);
        old.put("prompt", "Hello");
        byte[] encoded = serializer(Map.of()).serialize("events", old);
        AvroWireDeserializer deserializer = deserializer(Map.of(SchemaRegistryConfig.SPECIFIC_AVRO_READER, true));

        GenericRecord decoded = deserializer.deserialize("events", new RecordHeaders(), encoded);

        assertThat(decoded).isInstanceOf(AnnotationEvent.class);
        AnnotationEvent event = (AnnotationEvent) decoded;
        assertThat(event.getEventId()).isEqualTo("evt-0002");
        assertThat(event.getEventType()).isEqualTo(EventType.PROMPT);
        assertThat(event.getCreatedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(event.getResponse()).isNull();
        assertThat(event.getMessages()).isEmpty();
        assertThat(event.getMetadata()).isEmpty();
    }

    @Test
    void specificReaderWithoutClassReturnsGenericRecord() {
        GenericRecord order = record(ORDER_V1, "id", "o-5");
        byte[] encoded = serializer(Map.of()).serialize("orders", order);
        AvroWireDeserializer deserializer = deserializer(Map.of(SchemaRegistryConfig.SPECIFIC_AVRO_READER, true));

        GenericRecord decoded = deserializer.deserialize("orders", encoded);

        assertThat(decoded).isInstanceOf(GenericData.Record.class);
        assertThat(decoded).isEqualTo(order);
    }

    // Reader schema evolution.

    @Test
    void readerSchemaAddsNullableFieldWithDefault() {
        byte[] encoded = serializer(Map.of()).serialize("orders", record(ORDER_V1, "id", "o-1"));
        AvroWireDeserializer deserializer = deserializer(
                Map.of(SchemaRegistryConfig.READER_SCHEMA, ORDER_V2.toString()));

        GenericRecord plain = deserializer.deserialize("orders", encoded);
        GenericRecord withHeaders = deserializer.deserialize("orders", new RecordHeaders(), encoded);
        GenericRecord fromBuffer = deserializer.deserialize("orders", new RecordHeaders(), ByteBuffer.wrap(encoded));

        for (GenericRecord decoded : List.of(plain, withHeaders, fromBuffer)) {
            assertThat(decoded.getSchema()).isEqualTo(ORDER_V2);
            assertThat(decoded.get("id")).hasToString("o-1");
            assertThat(decoded.get("note")).isNull();
        }
    }

    @Test
    void readerSchemaDropsFieldOfNewerWriter() {
        byte[] encoded = serializer(Map.of()).serialize("orders", record(ORDER_V2, "id", "o-3", "note", "n"));
        AvroWireDeserializer deserializer = deserializer(
                Map.of(SchemaRegistryConfig.READER_SCHEMA, ORDER_V1.toString()));

        GenericRecord decoded = deserializer.deserialize("orders", encoded);

        assertThat(decoded.getSchema()).isEqualTo(ORDER_V1);
        assertThat(decoded.get("id")).hasToString("o-3");
    }

    // Every failure reason, through every overload.

    private void assertReasonEverywhere(byte[] payload, AvroWireDeserializer deserializer,
            WireFormatException.Reason reason) {
        assertReason(() -> deserializer.deserialize("t", payload), reason);
        assertReason(() -> deserializer.deserialize("t", new RecordHeaders(), payload), reason);
        assertReason(() -> deserializer.deserialize("t", new RecordHeaders(), ByteBuffer.wrap(payload)), reason);
    }

    @Test
    void wrongMagicByteIsNotWireFormat() {
        registry.register("t-value", STRING_RECORD);

        assertReasonEverywhere(bytes(1, 0, 0, 0, 1, 0x02, 0x78), deserializer(Map.of()),
                WireFormatException.Reason.NOT_WIRE_FORMAT);
    }

    @Test
    void shortPayloadIsNotWireFormat() {
        assertReasonEverywhere(bytes(0, 0, 0), deserializer(Map.of()), WireFormatException.Reason.NOT_WIRE_FORMAT);
    }

    @Test
    void plainJsonIsNotWireFormat() {
        assertReasonEverywhere("{\"a\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                deserializer(Map.of()), WireFormatException.Reason.NOT_WIRE_FORMAT);
    }

    @Test
    void unregisteredIdIsUnknownSchemaId() {
        registry.register("t-value", STRING_RECORD);

        assertReasonEverywhere(bytes(0, 0, 0, 0, 42, 0x02, 0x78), deserializer(Map.of()),
                WireFormatException.Reason.UNKNOWN_SCHEMA_ID);
    }

    @Test
    void trailingBytesAreCorruptAvro() {
        registry.register("t-value", STRING_RECORD);

        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0x02, 0x78, 0x00), deserializer(Map.of()),
                WireFormatException.Reason.CORRUPT_AVRO);
    }

    @Test
    void truncatedStringIsCorruptAvro() {
        registry.register("t-value", STRING_RECORD);

        // Length 2 (0x04) with one byte left.
        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0x04, 0x78), deserializer(Map.of()),
                WireFormatException.Reason.CORRUPT_AVRO);
    }

    @Test
    void emptyBodyIsCorruptAvro() {
        registry.register("t-value", STRING_RECORD);

        assertReasonEverywhere(bytes(0, 0, 0, 0, 1), deserializer(Map.of()), WireFormatException.Reason.CORRUPT_AVRO);
    }

    @Test
    void negativeLengthIsCorruptAvro() {
        registry.register("t-value", STRING_RECORD);

        // 0x01 zigzags to -1.
        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0x01, 0x78), deserializer(Map.of()),
                WireFormatException.Reason.CORRUPT_AVRO);
    }

    @Test
    void hugeStringLengthIsCorruptAvro() {
        registry.register("t-value", STRING_RECORD);
        AvroWireDeserializer deserializer = deserializer(Map.of());

        // 0xfe 0xff 0xff 0xff 0x0f zigzags to Integer.MAX_VALUE; the 10-byte form below to Long.MAX_VALUE.
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0xfe, 0xff, 0xff, 0xff, 0x0f, 0x78), deserializer,
                    WireFormatException.Reason.CORRUPT_AVRO);
            assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
                    deserializer, WireFormatException.Reason.CORRUPT_AVRO);
        });
    }

    @Test
    void overlongVarintIsCorruptAvro() {
        registry.register("t-value", INT_RECORD);

        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), deserializer(Map.of()),
                WireFormatException.Reason.CORRUPT_AVRO);
    }

    @Test
    void hugeArrayOfNullsIsCorruptAvro() {
        registry.register("t-value", NULL_ARRAY);
        AvroWireDeserializer deserializer = deserializer(Map.of());

        // Block count 2^30: zigzag 2^31 is the varint 0x80 0x80 0x80 0x80 0x08, then the end-of-array 0x00.
        assertTimeoutPreemptively(HANG_GUARD, () -> assertReasonEverywhere(
                bytes(0, 0, 0, 0, 1, 0x80, 0x80, 0x80, 0x80, 0x08, 0x00), deserializer,
                WireFormatException.Reason.CORRUPT_AVRO));
    }

    @Test
    void smallArrayOfNullsDecodes() {
        registry.register("t-value", NULL_ARRAY);

        // Block count 3 (0x06), then the end-of-array 0x00.
        GenericRecord decoded = deserializer(Map.of()).deserialize("t", bytes(0, 0, 0, 0, 1, 0x06, 0x00));

        assertThat((List<?>) decoded.get("xs")).hasSize(3);
    }

    @Test
    void mapBlockCountBeyondInputIsCorruptAvro() {
        registry.register("t-value", STRING_MAP);

        // Block count 1000 (zigzag 2000 = 0xd0 0x0f) with two bytes of items left.
        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0xd0, 0x0f, 0x00, 0x00), deserializer(Map.of()),
                WireFormatException.Reason.CORRUPT_AVRO);
    }

    @Test
    void negativeBlockCountWithSizeDecodes() {
        registry.register("t-value", STRING_MAP);

        // Count -1 (0x01) with block size 4 (0x08): key "k" (0x02 0x6b), value "v" (0x02 0x76), then 0x00.
        GenericRecord decoded = deserializer(Map.of())
                .deserialize("t", bytes(0, 0, 0, 0, 1, 0x01, 0x08, 0x02, 0x6b, 0x02, 0x76, 0x00));

        assertThat(((Map<?, ?>) decoded.get("m")).toString()).isEqualTo("{k=v}");
    }

    @Test
    void enumIndexOutOfRangeIsCorruptAvro() {
        registry.register("t-value", COLOR);

        // Index 2 (0x04) with two symbols.
        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0x04), deserializer(Map.of()),
                WireFormatException.Reason.CORRUPT_AVRO);
    }

    @Test
    void unionIndexOutOfRangeIsCorruptAvro() {
        registry.register("t-value", INT_AND_OPTIONAL_STRING);

        // n = 0, then union branch 5 (0x0a) of a two-branch union.
        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0x00, 0x0a), deserializer(Map.of()),
                WireFormatException.Reason.CORRUPT_AVRO);
    }

    @Test
    void corruptAvroMessageOmitsPayload() {
        registry.register("t-value", STRING_RECORD);

        // Body "secret" followed by one extra byte.
        assertThatThrownBy(() -> deserializer(Map.of()).deserialize("t",
                bytes(0, 0, 0, 0, 1, 0x0c, 0x73, 0x65, 0x63, 0x72, 0x65, 0x74, 0x21)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageNotContaining("secret");
    }

    @Test
    void unresolvableReaderSchemaIsIncompatible() {
        registry.register("t-value", STRING_RECORD);
        AvroWireDeserializer deserializer = deserializer(
                Map.of(SchemaRegistryConfig.READER_SCHEMA, INT_RECORD.toString()));

        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0x02, 0x78), deserializer,
                WireFormatException.Reason.INCOMPATIBLE_SCHEMA);
    }

    @Test
    void readerRequiringNewFieldWithoutDefaultIsIncompatible() {
        byte[] encoded = serializer(Map.of()).serialize("orders", record(ORDER_V1, "id", "o-1"));
        AvroWireDeserializer deserializer = deserializer(
                Map.of(SchemaRegistryConfig.READER_SCHEMA, ORDER_V2_REQUIRED_NOTE.toString()));

        assertReasonEverywhere(encoded, deserializer, WireFormatException.Reason.INCOMPATIBLE_SCHEMA);
    }

    @Test
    void nonRecordWriterSchemaIsIncompatible() {
        registry.register("t-value", Schema.create(Schema.Type.STRING));

        assertReasonEverywhere(bytes(0, 0, 0, 0, 1, 0x02, 0x78), deserializer(Map.of()),
                WireFormatException.Reason.INCOMPATIBLE_SCHEMA);
    }

    // Serde configuration.

    @Test
    void serdeConfiguredWithMockUrlSharesScope() {
        AvroWireSerde producerSide = new AvroWireSerde();
        AvroWireSerde consumerSide = new AvroWireSerde();
        producerSide.configure(Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://serde-test"), false);
        consumerSide.configure(Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://serde-test"), false);
        GenericRecord order = record(ORDER_V1, "id", "o-4");

        byte[] encoded = producerSide.serializer().serialize("orders", order);
        GenericRecord decoded = consumerSide.deserializer().deserialize("orders", encoded);

        assertThat(decoded).isEqualTo(order);
        assertThat(MockSchemaRegistry.getClientForScope("serde-test").latest("orders-value").schema())
                .isEqualTo(ORDER_V1);
    }

    @Test
    void serdeAsKeyUsesKeySubject() {
        AvroWireSerde serde = new AvroWireSerde(registry);
        serde.configure(Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://serde-test"), true);

        serde.serializer().serialize("orders", record(STRING_RECORD, "a", "k"));

        assertThat(registry.subjects()).containsExactly("orders-key");
    }
}
