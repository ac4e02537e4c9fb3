package dev.sluice.topology.errors;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.topology.DeadLetterHeaders;

/**
 * Handles output records the producer rejects. The topology already turns outputs over {@code sluice.output.max.bytes}
 * into dead letters before sending, so a record too large here means the limit is set above the producer's or the
 * topic's. Under at_least_once such a record is replaced by a dead letter with lineage and no payload. Under
 * exactly_once_v2 the failed send has already aborted the transaction, so the task fails and the record is retried.
 * The unmasked original is never sent in its place. Every other error fails the task, which is the safe default.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private DeadLetterSettings settings;

    @Override
    public void configure(Map<String, ?> configs) {
        settings = DeadLetterSettings.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
            Exception exception) {
        if (exception instanceof RecordTooLargeException && !settings.topic().equals(record.topic())) {
            LOG.error("Output to {} for input {}-{}@{} in task {} is too large; writing a dead letter without payload",
                    record.topic(), context.topic(), context.partition(), context.offset(), context.taskId());
            settings.metrics().recordDeadLetter(DeadLetterHeaders.OUTPUT_TOO_LARGE);
            return Response.resume(List.of(DeadLetters.withoutPayload(settings.topic(), context,
                    DeadLetterHeaders.OUTPUT_TOO_LARGE, exception)));
        }
        LOG.error("Sending to {} for input {}-{}@{} in task {} failed ({}); stopping the task", record.topic(),
                context.topic(), context.partition(), context.offset(), context.taskId(),
                exception.getClass().getName());
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        LOG.error("Serializing the {} of an output to {} for input {}-{}@{} in task {} failed ({}); stopping the task",
                origin, record.topic(), context.topic(), context.partition(), context.offset(), context.taskId(),
                exception.getClass().getName());
        return Response.fail();
    }
}
