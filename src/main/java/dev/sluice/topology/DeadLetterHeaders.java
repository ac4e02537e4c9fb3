package dev.sluice.topology;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Headers that Sluice adds to a dead letter: the reason code and the lineage of the input record. They never carry
 * payload content or exception messages, which may contain personal data.
 */
public final class DeadLetterHeaders {

    public static final String REASON = "sluice.dead-letter.reason";
    public static final String SOURCE_TOPIC = "sluice.dead-letter.source-topic";
    public static final String SOURCE_PARTITION = "sluice.dead-letter.source-partition";
    public static final String SOURCE_OFFSET = "sluice.dead-letter.source-offset";
    public static final String EXCEPTION_CLASS = "sluice.dead-letter.exception-class";
    public static final String PROCESSOR = "sluice.dead-letter.processor";
    /** For an oversized output: the topic it was meant for. */
    public static final String OUTPUT_TOPIC = "sluice.dead-letter.output-topic";

    /** Reason for a record with a null value, which has no project to route by. */
    public static final String NULL_VALUE = "NULL_VALUE";
    /** Reason for a record whose processing threw an unexpected exception. */
    public static final String PROCESSING_FAILED = "PROCESSING_FAILED";
    /** Reason for a record that deserialization rejected with an error other than a wire-format one. */
    public static final String DESERIALIZATION_FAILED = "DESERIALIZATION_FAILED";
    /** Reason for a masked vendor record over the output size limit; the payload is not kept. */
    public static final String OUTPUT_TOO_LARGE = "OUTPUT_TOO_LARGE";
    /** Reason for a quarantine record over the output size limit. The original stays on the input topic. */
    public static final String QUARANTINE_TOO_LARGE = "QUARANTINE_TOO_LARGE";

    private DeadLetterHeaders() {
    }

    /** Returns a copy of {@code original} with the reason and lineage headers added (replacing any earlier ones). */
    public static Headers describe(Headers original, String reason, String sourceTopic, int partition, long offset) {
        RecordHeaders headers = original == null ? new RecordHeaders() : new RecordHeaders(original.toArray());
        set(headers, REASON, reason);
        set(headers, SOURCE_TOPIC, sourceTopic);
        set(headers, SOURCE_PARTITION, Integer.toString(partition));
        set(headers, SOURCE_OFFSET, Long.toString(offset));
        return headers;
    }

    public static void set(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the UTF-8 value of the last header named {@code name}, or null. */
    public static String get(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
