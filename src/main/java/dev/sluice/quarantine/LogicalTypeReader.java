package dev.sluice.quarantine;

import java.io.IOException;

import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;

import dev.sluice.schemaregistry.SchemaRegistryClient;
import dev.sluice.schemaregistry.WireFormat;
import dev.sluice.schemaregistry.WireFormatException;

/**
 * Reads a Confluent wire format payload with Avro's date and time conversions, so that {@code timestamp-millis},
 * {@code timestamp-micros}, {@code date} and {@code time-*} fields become {@code java.time} values and render as
 * ISO-8601 text in place of epoch numbers. Call it only on payloads that the wire deserializer has validated.
 */
final class LogicalTypeReader {

    private final SchemaRegistryClient registry;
    private final GenericData data = new GenericData();

    LogicalTypeReader(SchemaRegistryClient registry) {
        this.registry = registry;
        data.addLogicalTypeConversion(new TimeConversions.DateConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        data.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
    }

    /** Returns the record in {@code payload}, decoded with its writer schema and the time conversions. */
    GenericRecord read(byte[] payload) {
        WireFormat.Header header = WireFormat.parse(payload);
        Schema writer = registry.schemaById(header.schemaId());
        GenericDatumReader<Object> reader = new GenericDatumReader<>(writer, writer, data);
        try {
            return (GenericRecord) reader.read(null, DecoderFactory.get()
                    .binaryDecoder(payload, header.bodyOffset(), header.bodyLength(), null));
        } catch (IOException e) {
            throw new WireFormatException(WireFormatException.Reason.CORRUPT_AVRO, "Avro body with writer schema id "
                    + header.schemaId() + " failed to decode: " + e.getClass().getSimpleName());
        }
    }
}
