package dev.sluice.topology.errors;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import dev.sluice.audit.AuditEvents;
import dev.sluice.avro.AuditEvent;

/**
 * Builds the audit event of an input record that an error handler turns into a dead letter, so that every input
 * record has one audit event even when the topology never saw it decoded. Like the topology's audit events, it is
 * keyed by the lineage id and carries no headers.
 */
final class AuditLetters {

    private AuditLetters() {
    }

    static ProducerRecord<byte[], byte[]> deadLetterEvent(DeadLetterSettings settings, ErrorHandlerContext context,
            String reason) {
        AuditEvents.Source source = new AuditEvents.Source(context.topic(), context.partition(), context.offset(),
                Instant.ofEpochMilli(context.timestamp()));
        AuditEvent event = AuditEvents.deadLetter(source, reason, Instant.now());
        byte[] key = AuditEvents.lineageId(context.topic(), context.partition(), context.offset())
                .getBytes(StandardCharsets.UTF_8);
        byte[] value = settings.auditSerializer().serialize(settings.auditTopic(), event);
        return new ProducerRecord<>(settings.auditTopic(), key, value);
    }
}
