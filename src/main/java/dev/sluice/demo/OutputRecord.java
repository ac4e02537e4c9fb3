package dev.sluice.demo;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record read back from an output topic, with its value decoded for display.
 *
 * @param key     key as UTF-8 text, or null
 * @param value   decoded value: the Avro record as JSON, or for dead letters the raw value as a base64 string
 * @param headers headers as UTF-8 text
 */
public record OutputRecord(String topic, int partition, long offset, String key, JsonNode value,
        Map<String, String> headers) {
}
