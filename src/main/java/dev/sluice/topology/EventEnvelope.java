package dev.sluice.topology;

import org.apache.avro.generic.GenericRecord;

/**
 * A decoded input event together with the value bytes exactly as they arrived, which the quarantine keeps for
 * reviewers.
 */
public record EventEnvelope(byte[] rawValue, GenericRecord event) {
}
