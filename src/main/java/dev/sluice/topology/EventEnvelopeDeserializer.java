package dev.sluice.topology;

import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Decodes the wire-format value with the wrapped Avro deserializer and keeps the raw bytes beside the result. A null
 * value stays null (a tombstone), and decoding errors propagate to the deserialization exception handler.
 */
final class EventEnvelopeDeserializer implements Deserializer<EventEnvelope> {

    private final Deserializer<GenericRecord> avro;

    EventEnvelopeDeserializer(Deserializer<GenericRecord> avro) {
        this.avro = avro;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        avro.configure(configs, isKey);
    }

    @Override
    public EventEnvelope deserialize(String topic, byte[] data) {
        return data == null ? null : new EventEnvelope(data, avro.deserialize(topic, data));
    }

    @Override
    public EventEnvelope deserialize(String topic, Headers headers, byte[] data) {
        return data == null ? null : new EventEnvelope(data, avro.deserialize(topic, headers, data));
    }

    @Override
    public void close() {
        avro.close();
    }
}
