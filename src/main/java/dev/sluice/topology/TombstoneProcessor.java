package dev.sluice.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.metrics.SluiceMetrics;

/**
 * Turns an input record with a null value into a dead letter with a null value. A tombstone has no project, so it
 * cannot be routed, and vendor keys are never the raw input key, so compaction on a vendor topic could not use it.
 */
final class TombstoneProcessor implements FixedKeyProcessor<byte[], EventEnvelope, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(TombstoneProcessor.class);

    private final SluiceMetrics metrics;
    private FixedKeyProcessorContext<byte[], byte[]> context;

    TombstoneProcessor(SluiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], EventEnvelope> record) {
        RecordMetadata metadata = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("record metadata missing for a tombstone"));
        LOG.debug("Null value at {}-{}@{} goes to the dead-letter topic", metadata.topic(), metadata.partition(),
                metadata.offset());
        metrics.recordDeadLetter(DeadLetterHeaders.NULL_VALUE);
        context.forward(record.<byte[]>withValue(null).withHeaders(DeadLetterHeaders.describe(record.headers(),
                DeadLetterHeaders.NULL_VALUE, metadata.topic(), metadata.partition(), metadata.offset())));
    }
}
