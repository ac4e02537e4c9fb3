package dev.sluice.topology;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.sluice.audit.AuditEvents;

/**
 * Keys records bound for the quarantine and audit topics by the lineage id of their input and drops the input
 * headers. The input key and headers are not scanned and may contain personal data. The sealed original keeps the
 * key for reviewers, and the lineage id links the audit and quarantine records of one input.
 */
final class KeyByLineage<V> implements Processor<byte[], V, byte[], V> {

    private ProcessorContext<byte[], V> context;

    @Override
    public void init(ProcessorContext<byte[], V> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], V> record) {
        RecordMetadata metadata = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("record metadata missing for an output record"));
        byte[] key = AuditEvents.lineageId(metadata.topic(), metadata.partition(), metadata.offset())
                .getBytes(StandardCharsets.UTF_8);
        context.forward(new Record<>(key, record.value(), record.timestamp(), new RecordHeaders()));
    }
}
