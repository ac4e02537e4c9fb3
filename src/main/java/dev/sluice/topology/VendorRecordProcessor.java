package dev.sluice.topology;

import java.nio.charset.StandardCharsets;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import dev.sluice.metrics.Outcome;
import dev.sluice.metrics.SluiceMetrics;

/**
 * Shapes a masked record for one vendor topic: the key becomes the masked event id, the headers only the allowed
 * ones with masked values, so neither the raw input key nor internal headers reach the vendor.
 */
final class VendorRecordProcessor implements Processor<byte[], RedactionOutcome, byte[], GenericRecord> {

    private final String vendor;
    private final SluiceMetrics metrics;
    private ProcessorContext<byte[], GenericRecord> context;

    VendorRecordProcessor(String vendor, SluiceMetrics metrics) {
        this.vendor = vendor;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<byte[], GenericRecord> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], RedactionOutcome> record) {
        RedactionOutcome.Masked masked = (RedactionOutcome.Masked) record.value();
        byte[] key = masked.vendorKey() == null ? null : masked.vendorKey().getBytes(StandardCharsets.UTF_8);
        RecordHeaders headers = new RecordHeaders(masked.forwardedHeaders().toArray());
        metrics.recordOutcome(Outcome.VENDOR, vendor);
        context.forward(new Record<>(key, masked.masked(), record.timestamp(), headers));
    }
}
