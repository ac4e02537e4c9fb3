package dev.sluice.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Emits one vendor's record of each outcome, with the key and headers the vendor's channel made, so that neither
 * the raw input key nor any header the policy does not forward reaches the vendor.
 */
final class VendorOutputProcessor implements Processor<byte[], PolicyOutcome, byte[], byte[]> {

    private final String vendor;
    private ProcessorContext<byte[], byte[]> context;

    VendorOutputProcessor(String vendor) {
        this.vendor = vendor;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], PolicyOutcome> record) {
        record.value().deliveryFor(vendor).ifPresent(delivery -> context.forward(
                new Record<>(delivery.key(), delivery.value(), record.timestamp(), delivery.headers())));
    }
}
