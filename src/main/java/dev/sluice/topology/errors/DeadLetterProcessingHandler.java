package dev.sluice.topology.errors;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.topology.DeadLetterHeaders;
import dev.sluice.topology.SluiceTopology;

/**
 * Sends a record whose processing threw to the dead-letter topic, with the input as it arrived, and lets the
 * partition go on. The failed record reaches no vendor topic, so the pipeline stays closed. Retriable Kafka errors
 * fail the task so that the record is retried instead.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private DeadLetterSettings settings;

    @Override
    public void configure(Map<String, ?> configs) {
        settings = DeadLetterSettings.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (Failures.isNotAboutTheRecord(exception)) {
            LOG.error("Processing {}-{}@{} in {} of task {} failed for a reason outside the record; failing the "
                    + "task so the record is retried ({})",
                    context.topic(), context.partition(), context.offset(), context.processorNodeId(),
                    context.taskId(), exception.getClass().getName());
            return Response.fail();
        }
        LOG.error("Processing {}-{}@{} failed in {} of task {}; the record goes to the dead-letter topic ({})",
                context.topic(), context.partition(), context.offset(), context.processorNodeId(), context.taskId(),
                exception.getClass().getName());
        settings.metrics().recordDeadLetter(DeadLetterHeaders.PROCESSING_FAILED);
        ProducerRecord<byte[], byte[]> deadLetter = DeadLetters.withSourcePayload(settings.topic(), context,
                DeadLetterHeaders.PROCESSING_FAILED, exception);
        // A failure in a step that writes audit events leaves the record without one, so the handler writes it.
        // A later step fails after the record's audit event was already made.
        if (SluiceTopology.AUDITING_STEPS.contains(context.processorNodeId())) {
            return Response.resume(List.of(deadLetter,
                    AuditLetters.deadLetterEvent(settings, context, DeadLetterHeaders.PROCESSING_FAILED)));
        }
        return Response.resume(List.of(deadLetter));
    }
}
