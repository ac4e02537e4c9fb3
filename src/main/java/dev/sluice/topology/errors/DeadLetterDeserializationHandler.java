package dev.sluice.topology.errors;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.schemaregistry.WireFormatException;
import dev.sluice.topology.DeadLetterHeaders;

/**
 * Sends input records that cannot be decoded (not the wire format, unknown schema id, corrupt Avro, incompatible
 * schema) to the dead-letter topic and lets the partition go on. Retriable errors, such as an unreachable schema
 * registry, fail the task instead: skipping would lose a record that is decodable once the registry is back.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private DeadLetterSettings settings;

    @Override
    public void configure(Map<String, ?> configs) {
        settings = DeadLetterSettings.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        if (Failures.isNotAboutTheRecord(exception)) {
            LOG.error("Decoding {}-{}@{} in task {} failed for a reason outside the record; failing the task so "
                    + "the record is retried ({})",
                    context.topic(), context.partition(), context.offset(), context.taskId(),
                    exception.getClass().getName());
            return Response.fail();
        }
        String reason = exception instanceof WireFormatException wire
                ? wire.reason().name()
                : DeadLetterHeaders.DESERIALIZATION_FAILED;
        LOG.warn("Undecodable record {}-{}@{} in task {} goes to the dead-letter topic: {}", context.topic(),
                context.partition(), context.offset(), context.taskId(), reason);
        settings.metrics().recordDeadLetter(reason);
        return Response.resume(List.of(DeadLetters.withSourcePayload(settings.topic(), context, reason, exception),
                AuditLetters.deadLetterEvent(settings, context, reason)));
    }
}
