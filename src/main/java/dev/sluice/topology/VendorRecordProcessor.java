package dev.sluice.topology;

import java.nio.charset.StandardCharsets;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;


/**
 * Shapes a masked record for one vendor topic: the key becomes the masked event id, the headers only the allowed
 * ones with masked values, so neither the raw input key nor internal headers reach the vendor.
 */
final class VendorRecordProcessor implements Processor<byte[], RedactionOutcome, byte[], GenericRecord> {

    private ProcessorContext<byte[], GenericRecord> context;

    @Override
    public void init(ProcessorContext<byte[], GenericRecord> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], RedactionOutcome> record) {
        RedactionOutcome.Masked masked = (RedactionOutcome.Masked) record.value();
        byte[] key = masked.vendorKey() == null ? null : masked.vendorKey().getBytes(StandardCharsets.UTF_8);
        RecordHeaders headers = new RecordHeaders(masked.forwardedHeaders().toArray());
        context.forward(new Record<>(key, masked.masked(), record.timestamp(), headers));
    }
}
