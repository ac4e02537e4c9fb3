package dev.sluice.schemaregistry;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's subject name strategies, which map a topic and a record schema to the registry subject that the
 * serializer registers and looks up schemas under.
 */
public enum SubjectNameStrategy {

    /** {@code <topic>-key} or {@code <topic>-value}. Confluent's default. */
    TOPIC_NAME("TopicNameStrategy"),
    /** The full name of the record schema, so one subject spans every topic that carries the record. */
    RECORD_NAME("RecordNameStrategy"),
    /** {@code <topic>-<record full name>}, so one topic can carry several record types. */
    TOPIC_RECORD_NAME("TopicRecordNameStrategy");

    /** Package of Confluent's strategy classes, accepted as a prefix of the simple names. */
    public static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";

    private final String simpleName;

    SubjectNameStrategy(String simpleName) {
        this.simpleName = simpleName;
    }

    /** Returns the simple name of Confluent's class for this strategy, such as {@code TopicNameStrategy}. */
    public String simpleName() {
        return simpleName;
    }

    /** Returns the fully qualified name of Confluent's class for this strategy. */
    public String confluentClassName() {
        return CONFLUENT_PACKAGE + simpleName;
    }

    /**
     * Returns the subject for a record of {@code schema} written to {@code topic}.
     *
     * @throws SerializationException if the strategy needs a record name and {@code schema} is not a record
     */
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return switch (this) {
            case TOPIC_NAME -> topic + (isKey ? "-key" : "-value");
            case RECORD_NAME -> recordName(schema);
            case TOPIC_RECORD_NAME -> topic + "-" + recordName(schema);
        };
    }

    private String recordName(Schema schema) {
        if (schema.getType() != Schema.Type.RECORD) {
            throw new SerializationException(simpleName + " needs a record schema, but the data has an Avro "
                    + schema.getType().getName() + " schema; use TopicNameStrategy for non-record data");
        }
        return schema.getFullName();
    }

    /**
     * Parses a simple name ({@code RecordNameStrategy}) or Confluent's class name
     * ({@code io.confluent.kafka.serializers.subject.RecordNameStrategy}). Null means {@link #TOPIC_NAME}.
     *
     * @throws ConfigException naming {@code key} and the valid values for any other value
     */
    static SubjectNameStrategy parse(String key, Object value) {
        if (value == null) {
            return TOPIC_NAME;
        }
        String text = value instanceof Class<?> type ? type.getName() : value.toString().strip();
        String simple = text.startsWith(CONFLUENT_PACKAGE) ? text.substring(CONFLUENT_PACKAGE.length()) : text;
        for (SubjectNameStrategy strategy : values()) {
            if (strategy.simpleName.equals(simple)) {
                return strategy;
            }
        }
        String valid = Arrays.stream(values())
                .map(s -> s.simpleName + " (" + s.confluentClassName() + ")")
                .collect(Collectors.joining(", "));
        throw new ConfigException(key, value, "valid values: " + valid);
    }
}
