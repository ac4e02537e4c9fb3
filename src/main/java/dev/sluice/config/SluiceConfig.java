package dev.sluice.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

import dev.sluice.keys.KeysetReference;

/**
 * Run configuration of Sluice: the {@code sluice.*} keys, typed and validated, plus every other key passed
 * unchanged to Kafka Streams (and through it to the producer, consumer and admin clients) and to the schema
 * registry serdes. An environment variable named after a key overrides the file (see
 * {@link ConfigField#environmentVariable()}).
 */
public final class SluiceConfig {

    /** Value of {@link #QUARANTINE_KEYSET} that stores no original in quarantine records. */
    public static final String NO_KEYSET = "none";

    public static final ConfigField<String> APPLICATION_ID = ConfigField.string(StreamsConfig.APPLICATION_ID_CONFIG,
            "sluice", "Kafka Streams application id; also the consumer group and the transactional id prefix.");
    public static final ConfigField<String> BOOTSTRAP_SERVERS = ConfigField.string(
            StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, null, "Kafka brokers to connect to, host:port[,host:port...].");
    public static final ConfigField<String> PROCESSING_GUARANTEE = new ConfigField<>(
            StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2 (default) or at_least_once.",
            StreamsConfig.EXACTLY_ONCE_V2, SluiceConfig::processingGuarantee);
    public static final ConfigField<String> SCHEMA_REGISTRY_URL = ConfigField.string("schema.registry.url",
            "mock://sluice", "Schema Registry URL(s), comma-separated; mock://SCOPE selects an in-process registry.");
    public static final ConfigField<String> PIPELINE_FILE = ConfigField.string("sluice.pipeline.file",
            "topology/pipeline.yaml", "Pipeline definition: vendors, their topics and projects, codenames, labels.");
    public static final ConfigField<String> INPUT_TOPIC = ConfigField.string("sluice.topic.input",
            "annotations.raw", "Topic of raw annotation events in the Confluent Avro wire format.");
    public static final ConfigField<String> QUARANTINE_TOPIC = ConfigField.string("sluice.topic.quarantine",
            "sluice.quarantine", "Topic of records that could not be made safe, with reasons and lineage.");
    public static final ConfigField<String> DEAD_LETTER_TOPIC = ConfigField.string("sluice.topic.dead-letter",
            "sluice.dead-letter", "Topic of records that could not be decoded or processed, with lineage headers.");
    public static final ConfigField<String> AUDIT_TOPIC = ConfigField.string("sluice.topic.audit",
            "sluice.audit", "Topic of audit events: one per input record, with counts and never a matched value.");
    public static final ConfigField<String> QUARANTINE_KEYSET = new ConfigField<>("sluice.quarantine.keyset",
            "Reviewers' Tink AES-GCM keyset that seals the original of each quarantined record, as file:PATH "
                    + "(relative to the working directory) or env:NAME; none leaves the original out of quarantine "
                    + "records.", NO_KEYSET, SluiceConfig::keysetReference);
    public static final ConfigField<String> METRICS_HOST = ConfigField.string("sluice.metrics.host",
            "127.0.0.1", "Address the Prometheus endpoint binds to.");
    public static final ConfigField<Integer> METRICS_PORT = ConfigField.port("sluice.metrics.port", 9404,
            "Port of the Prometheus endpoint at /metrics; 0 picks a free port, -1 disables it.");

    public static final ConfigField<Integer> OUTPUT_MAX_BYTES = new ConfigField<>("sluice.output.max.bytes",
            "Largest record (key, value, headers) Sluice sends to a vendor or quarantine topic; larger outputs become "
                    + "dead letters without payload. Keep it at or below the producer's max.request.size and the "
                    + "topics' max.message.bytes.", "1000000", SluiceConfig::positiveInt);

    public static final ConfigField<Integer> STARTUP_TIMEOUT_MS = new ConfigField<>("sluice.startup.timeout.ms",
            "How long sluice run waits for the Kafka cluster to answer before it exits with an error naming "
                    + "bootstrap.servers, in milliseconds.", "30000", SluiceConfig::positiveInt);

    public static final List<ConfigField<?>> FIELDS = List.of(APPLICATION_ID, BOOTSTRAP_SERVERS, PROCESSING_GUARANTEE,
            SCHEMA_REGISTRY_URL, PIPELINE_FILE, INPUT_TOPIC, QUARANTINE_TOPIC, DEAD_LETTER_TOPIC, AUDIT_TOPIC,
            QUARANTINE_KEYSET, METRICS_HOST, METRICS_PORT, OUTPUT_MAX_BYTES, STARTUP_TIMEOUT_MS);

    /** Keys read by Sluice itself and not passed to Kafka Streams or the serdes. */
    private static final java.util.Set<String> OWN_KEYS = java.util.Set.of(PIPELINE_FILE.name(), INPUT_TOPIC.name(),
            QUARANTINE_TOPIC.name(), DEAD_LETTER_TOPIC.name(), AUDIT_TOPIC.name(), QUARANTINE_KEYSET.name(),
            METRICS_HOST.name(), METRICS_PORT.name(), OUTPUT_MAX_BYTES.name(), STARTUP_TIMEOUT_MS.name());

    private final Map<String, String> values;

    private SluiceConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
        for (ConfigField<?> field : FIELDS) {
            get(field);
        }
    }

    /** Builds a configuration from explicit values, with no environment overrides. */
    public static SluiceConfig of(Map<String, String> values) {
        return new SluiceConfig(values);
    }

    /** Reads a Java properties file, then applies environment overrides for its keys and for every known field. */
    public static SluiceConfig load(Path file, Map<String, String> environment) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("Configuration file " + file + " not found");
        } catch (IOException e) {
            throw new ConfigException("Cannot read configuration file " + file + " (" + e + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return new SluiceConfig(withEnvironment(values, environment));
    }

    static Map<String, String> withEnvironment(Map<String, String> values, Map<String, String> environment) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        List<String> keys = new java.util.ArrayList<>(values.keySet());
        FIELDS.forEach(field -> keys.add(field.name()));
        for (String key : keys) {
            String override = environment.get(ConfigField.environmentVariableFor(key));
            if (override != null) {
                merged.put(key, override);
            }
        }
        return merged;
    }

    public <T> T get(ConfigField<T> field) {
        return field.parse(Optional.ofNullable(values.get(field.name())));
    }

    /** Returns a copy of this configuration with {@code key} set to {@code value}. */
    public SluiceConfig with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new SluiceConfig(copy);
    }

    /**
     * Returns the properties for Kafka Streams and the serdes: every key except Sluice's own topic, pipeline and
     * metrics keys, with the defaults of the known fields filled in. Keys such as
     * {@code sluice.schema.registry.max.retries} belong to the serdes and pass through.
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!OWN_KEYS.contains(key)) {
                properties.put(key, value);
            }
        });
        properties.put(APPLICATION_ID.name(), get(APPLICATION_ID));
        properties.put(BOOTSTRAP_SERVERS.name(), get(BOOTSTRAP_SERVERS));
        properties.put(PROCESSING_GUARANTEE.name(), get(PROCESSING_GUARANTEE));
        properties.put(SCHEMA_REGISTRY_URL.name(), get(SCHEMA_REGISTRY_URL));
        return properties;
    }

    /**
     * Returns the output size limit: {@link #OUTPUT_MAX_BYTES}, lowered to the Streams producer's
     * {@code max.request.size} when that is set lower, because the producer rejects larger records.
     */
    public int outputLimitBytes() {
        int limit = get(OUTPUT_MAX_BYTES);
        for (String key : List.of("max.request.size", "producer.max.request.size")) {
            String value = values.get(key);
            if (value != null) {
                limit = Math.min(limit, new ConfigField<>(key, "producer request limit", null,
                        SluiceConfig::positiveInt).parse(Optional.of(value)));
            }
        }
        return limit;
    }

    private static int positiveInt(String value) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a positive integer number of bytes");
        }
        if (parsed <= 0) {
            throw new IllegalArgumentException("must be a positive integer number of bytes");
        }
        return parsed;
    }

    private static String keysetReference(String value) {
        String text = value.strip();
        if (!text.equals(NO_KEYSET)) {
            new KeysetReference(text);
        }
        return text;
    }

    private static String processingGuarantee(String value) {
        if (!value.equals(StreamsConfig.EXACTLY_ONCE_V2) && !value.equals(StreamsConfig.AT_LEAST_ONCE)) {
            throw new IllegalArgumentException("must be exactly_once_v2 or at_least_once");
        }
        return value;
    }
}
