package dev.sluice.topology.errors;

import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serializer;

import dev.sluice.avro.AuditEvent;
import dev.sluice.config.SluiceConfig;
import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.schemaregistry.AvroWireSerializer;

/**
 * Settings the error handlers read from the Kafka Streams configuration: the dead-letter and audit topics, the
 * audit event serializer and the metrics. Kafka Streams creates the handlers itself and passes them its whole
 * configuration, so Sluice puts all of them there. The serializer reads the schema registry settings from it too.
 */
record DeadLetterSettings(String topic, String auditTopic, Serializer<AuditEvent> auditSerializer,
        SluiceMetrics metrics) {

    static DeadLetterSettings from(Map<String, ?> configs) {
        String topic = requiredTopic(configs, SluiceConfig.DEAD_LETTER_TOPIC.name(), "write dead letters");
        String auditTopic = requiredTopic(configs, SluiceConfig.AUDIT_TOPIC.name(), "write audit events");
        Object metrics = configs.get(SluiceMetrics.CONFIG_KEY);
        if (!(metrics instanceof SluiceMetrics sluiceMetrics)) {
            throw new ConfigException(SluiceMetrics.CONFIG_KEY + " is missing from the Kafka Streams configuration");
        }
        AvroWireSerializer<AuditEvent> serializer = new AvroWireSerializer<>();
        serializer.configure(configs, false);
        return new DeadLetterSettings(topic, auditTopic, serializer, sluiceMetrics);
    }

    private static String requiredTopic(Map<String, ?> configs, String key, String purpose) {
        Object value = configs.get(key);
        if (!(value instanceof String name) || name.isBlank()) {
            throw new ConfigException(key + " is missing from the Kafka Streams configuration; the error handlers "
                    + "need it to " + purpose);
        }
        return name;
    }
}
