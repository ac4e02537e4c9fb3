package dev.sluice.topology.errors;

import java.util.Map;

import org.apache.kafka.common.config.ConfigException;

import dev.sluice.config.SluiceConfig;
import dev.sluice.metrics.SluiceMetrics;

/**
 * Settings the error handlers read from the Kafka Streams configuration: the dead-letter topic and the metrics. Kafka
 * Streams creates the handlers itself and passes them its whole configuration, where Sluice puts both.
 */
record DeadLetterSettings(String topic, SluiceMetrics metrics) {

    static DeadLetterSettings from(Map<String, ?> configs) {
        Object topic = configs.get(SluiceConfig.DEAD_LETTER_TOPIC.name());
        if (!(topic instanceof String name) || name.isBlank()) {
            throw new ConfigException(SluiceConfig.DEAD_LETTER_TOPIC.name() + " is missing from the Kafka Streams "
                    + "configuration; the error handlers need it to write dead letters");
        }
        Object metrics = configs.get(SluiceMetrics.CONFIG_KEY);
        if (!(metrics instanceof SluiceMetrics sluiceMetrics)) {
            throw new ConfigException(SluiceMetrics.CONFIG_KEY + " is missing from the Kafka Streams configuration");
        }
        return new DeadLetterSettings(name, sluiceMetrics);
    }
}
