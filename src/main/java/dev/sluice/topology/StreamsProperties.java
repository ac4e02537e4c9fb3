package dev.sluice.topology;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;

import dev.sluice.config.SluiceConfig;
import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.topology.errors.DeadLetterDeserializationHandler;
import dev.sluice.topology.errors.DeadLetterProcessingHandler;
import dev.sluice.topology.errors.DeadLetterProductionHandler;

/**
 * Kafka Streams properties for Sluice: the operator's client settings plus the error handlers, which always route
 * failures to Sluice's dead-letter topic, and the objects those handlers need.
 */
public final class StreamsProperties {

    private StreamsProperties() {
    }

    public static Properties create(SluiceConfig config, SluiceMetrics metrics) {
        Properties properties = new Properties();
        Map<String, Object> client = config.clientProperties();
        properties.putAll(client);

        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        properties.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        properties.put(SluiceConfig.DEAD_LETTER_TOPIC.name(), config.get(SluiceConfig.DEAD_LETTER_TOPIC));
        properties.put(SluiceConfig.AUDIT_TOPIC.name(), config.get(SluiceConfig.AUDIT_TOPIC));
        properties.put(SluiceMetrics.CONFIG_KEY, metrics);

        return properties;
    }
}
