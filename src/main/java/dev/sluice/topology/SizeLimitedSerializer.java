package dev.sluice.topology;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Serializes output values inside the topology and checks the record size before anything is sent. Under
 * exactly-once, a send that the producer or broker rejects as too large aborts the whole transaction, and the same
 * record would fail again after every restart. Checking here lets the topology send a dead letter instead.
 */
final class SizeLimitedSerializer<V> implements FixedKeyProcessor<byte[], V, SerializedValue> {

    /** Bytes reserved for the record batch and record framing around key, value and headers. */
    static final int FRAMING_BYTES = 512;

    private final String topic;
    private final Serializer<V> serializer;
    private final int maxRecordBytes;
    private FixedKeyProcessorContext<byte[], SerializedValue> context;

    SizeLimitedSerializer(String topic, Serializer<V> serializer, int maxRecordBytes) {
        this.topic = topic;
        this.serializer = serializer;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], SerializedValue> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], V> record) {
        byte[] bytes = serializer.serialize(topic, record.headers(), record.value());
        long size = recordBytes(record.key(), bytes, record.headers());
        context.forward(record.withValue(new SerializedValue(bytes, size <= maxRecordBytes)));
    }

    /** Returns an upper bound of the bytes a record with this key, value and headers takes in a batch. */
    static long recordBytes(byte[] key, byte[] value, Headers headers) {
        long size = FRAMING_BYTES + length(key) + length(value);
        for (Header header : headers) {
            size += header.key().length() + length(header.value());
        }
        return size;
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }
}
