package dev.sluice.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.metrics.SluiceMetrics;

/**
 * Replaces an output that exceeds the size limit with a dead letter that has lineage headers and no key, value or
 * other headers: the output was masked or sealed and must not be replaced by anything readable.
 */
final class OversizedOutputProcessor implements Processor<byte[], SerializedValue, byte[], byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(OversizedOutputProcessor.class);

    private final String outputTopic;
    private final String reason;
    private final SluiceMetrics metrics;
    private ProcessorContext<byte[], byte[]> context;

    OversizedOutputProcessor(String outputTopic, String reason, SluiceMetrics metrics) {
        this.outputTopic = outputTopic;
        this.reason = reason;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], SerializedValue> record) {
        RecordMetadata metadata = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("record metadata missing for an oversized output"));
        LOG.error("Output to {} for input {}-{}@{} is {} bytes, over the output limit; writing a dead letter without "
                + "payload", outputTopic, metadata.topic(), metadata.partition(), metadata.offset(),
                record.value().bytes().length);
        metrics.recordDeadLetter(reason);
        var headers = DeadLetterHeaders.describe(null, reason, metadata.topic(), metadata.partition(),
                metadata.offset());
        DeadLetterHeaders.set(headers, DeadLetterHeaders.OUTPUT_TOPIC, outputTopic);
        context.forward(new Record<byte[], byte[]>(null, null, record.timestamp(), headers));
    }
}
