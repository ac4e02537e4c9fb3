package dev.sluice.topology;

/**
 * A value already serialized for its output topic, and whether the whole record fits the output size limit.
 *
 * @param bytes the serialized value
 * @param fits  false if the record (key, value and headers) exceeds the limit and must not be sent
 */
record SerializedValue(byte[] bytes, boolean fits) {
}
