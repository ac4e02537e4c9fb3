package dev.sluice.topology;

import java.time.Instant;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.sluice.audit.AuditEvents;
import dev.sluice.avro.AuditEvent;

/**
 * Makes the audit event of an input record with a null value, which becomes a dead letter.
 */
final class TombstoneAuditProcessor implements FixedKeyProcessor<byte[], EventEnvelope, AuditEvent> {

    private FixedKeyProcessorContext<byte[], AuditEvent> context;

    @Override
    public void init(FixedKeyProcessorContext<byte[], AuditEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], EventEnvelope> record) {
        RecordMetadata metadata = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("record metadata missing for a tombstone"));
        AuditEvents.Source source = new AuditEvents.Source(metadata.topic(), metadata.partition(), metadata.offset(),
                Instant.ofEpochMilli(record.timestamp()));
        AuditEvent audit = AuditEvents.deadLetter(source, DeadLetterHeaders.NULL_VALUE,
                Instant.ofEpochMilli(context.currentSystemTimeMs()));
        context.forward(record.withValue(audit).withHeaders(new RecordHeaders()));
    }
}
