package dev.sluice.topology.errors;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import dev.sluice.topology.DeadLetterHeaders;

/**
 * Builds dead-letter records from an error handler's context.
 */
final class DeadLetters {

    private DeadLetters() {
    }

    /**
     * A dead letter holding the input record as it arrived (key, value and headers), so that it can be replayed once
     * the cause is fixed, with Sluice's reason and lineage headers. The dead-letter topic therefore contains data of the
     * same class as the input topic and needs the same access restrictions.
     */
    static ProducerRecord<byte[], byte[]> withSourcePayload(String topic, ErrorHandlerContext context, String reason,
            Exception exception) {
        Headers headers = describe(context, reason, exception);
        return new ProducerRecord<>(topic, null, context.sourceRawKey(), context.sourceRawValue(), headers);
    }

    /** A dead letter with lineage only, for outputs too large to keep. */
    static ProducerRecord<byte[], byte[]> withoutPayload(String topic, ErrorHandlerContext context, String reason,
            Exception exception) {
        return new ProducerRecord<>(topic, null, (byte[]) null, (byte[]) null, describe(context, reason, exception));
    }

    private static Headers describe(ErrorHandlerContext context, String reason, Exception exception) {
        Headers headers = DeadLetterHeaders.describe(context.headers(), reason, context.topic(), context.partition(),
                context.offset());
        DeadLetterHeaders.set(headers, DeadLetterHeaders.EXCEPTION_CLASS, exception.getClass().getName());
        if (context.processorNodeId() != null) {
            DeadLetterHeaders.set(headers, DeadLetterHeaders.PROCESSOR, context.processorNodeId());
        }
        return headers;
    }
}
