package dev.sluice.topology;

import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import dev.sluice.avro.AuditEvent;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.schemaregistry.AvroWireDeserializer;
import dev.sluice.schemaregistry.AvroWireSerializer;

/**
 * Value serdes of Sluice's topics, all in the Confluent wire format and configured with the same schema registry
 * settings ({@code schema.registry.url} and the other Confluent serde keys).
 */
final class AvroSerdes {

    private AvroSerdes() {
    }

    /** Reads input events; writing them is not part of the topology. */
    static Serde<EventEnvelope> eventEnvelope(Map<String, ?> config) {
        AvroWireDeserializer avro = new AvroWireDeserializer();
        Deserializer<EventEnvelope> deserializer = new EventEnvelopeDeserializer(avro);
        deserializer.configure(config, false);
        Serializer<EventEnvelope> unsupported = (topic, value) -> {
            throw new UnsupportedOperationException("Sluice never writes to its input topic " + topic);
        };
        return Serdes.serdeFrom(unsupported, deserializer);
    }

    /** Writes masked records to vendor topics under the subject that {@code value.subject.name.strategy} selects. */
    static Serde<GenericRecord> genericRecord(Map<String, ?> config) {
        AvroWireSerializer<GenericRecord> serializer = new AvroWireSerializer<>();
        serializer.configure(config, false);
        AvroWireDeserializer deserializer = new AvroWireDeserializer();
        deserializer.configure(config, false);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** Writes audit events; reading them is left to audit consumers. */
    static Serde<AuditEvent> auditEvent(Map<String, ?> config) {
        AvroWireSerializer<AuditEvent> serializer = new AvroWireSerializer<>();
        serializer.configure(config, false);
        Deserializer<AuditEvent> unsupported = (topic, data) -> {
            throw new UnsupportedOperationException("Sluice never reads its audit topic " + topic);
        };
        return Serdes.serdeFrom(serializer, unsupported);
    }

    static Serde<QuarantineRecord> quarantineRecord(Map<String, ?> config) {
        AvroWireSerializer<QuarantineRecord> serializer = new AvroWireSerializer<>();
        serializer.configure(config, false);
        Deserializer<QuarantineRecord> unsupported = (topic, data) -> {
            throw new UnsupportedOperationException("Sluice never reads its quarantine topic " + topic);
        };
        return Serdes.serdeFrom(serializer, unsupported);
    }
}
