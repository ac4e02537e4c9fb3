package dev.sluice.topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serdes;

import dev.sluice.avro.AuditEvent;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.config.SluiceConfig;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.PipelineDefinitionException;
import dev.sluice.policy.VendorRoute;

/**
 * Every topic Sluice reads or writes, with its serdes: the one place where topic names meet the topology. Keys are
 * raw bytes everywhere because Sluice never interprets them.
 */
public record SluiceTopics(
        TopicSpec<byte[], EventEnvelope> input,
        TopicSpec<byte[], QuarantineRecord> quarantine,
        TopicSpec<byte[], byte[]> deadLetter,
        TopicSpec<byte[], AuditEvent> audit,
        Map<String, TopicSpec<byte[], GenericRecord>> vendors) {

    public SluiceTopics {
        vendors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vendors));
    }

    public static SluiceTopics create(SluiceConfig config, PipelineDefinition pipeline) {
        Map<String, Object> clientProperties = config.clientProperties();
        TopicSpec<byte[], EventEnvelope> input = new TopicSpec<>(config.get(SluiceConfig.INPUT_TOPIC),
                Serdes.ByteArray(), AvroSerdes.eventEnvelope(clientProperties));
        TopicSpec<byte[], QuarantineRecord> quarantine = new TopicSpec<>(config.get(SluiceConfig.QUARANTINE_TOPIC),
                Serdes.ByteArray(), AvroSerdes.quarantineRecord(clientProperties));
        TopicSpec<byte[], byte[]> deadLetter = new TopicSpec<>(config.get(SluiceConfig.DEAD_LETTER_TOPIC),
                Serdes.ByteArray(), Serdes.ByteArray());
        TopicSpec<byte[], AuditEvent> audit = new TopicSpec<>(config.get(SluiceConfig.AUDIT_TOPIC), Serdes.ByteArray(),
                AvroSerdes.auditEvent(clientProperties));

        Map<String, TopicSpec<byte[], GenericRecord>> vendors = new LinkedHashMap<>();
        for (VendorRoute vendor : pipeline.vendors()) {
            vendors.put(vendor.name(), new TopicSpec<>(vendor.topic(), Serdes.ByteArray(),
                    AvroSerdes.genericRecord(clientProperties)));
        }
        SluiceTopics topics = new SluiceTopics(input, quarantine, deadLetter, audit, vendors);
        topics.checkDistinct();
        return topics;
    }

    public TopicSpec<byte[], GenericRecord> vendor(String vendorName) {
        TopicSpec<byte[], GenericRecord> spec = vendors.get(vendorName);
        if (spec == null) {
            throw new IllegalArgumentException("no topic for vendor " + vendorName);
        }
        return spec;
    }

    /** Names of every topic, input first, for creating them or reading them back. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>(List.of(input.name(), quarantine.name(), deadLetter.name(),
                audit.name()));
        vendors.values().forEach(spec -> names.add(spec.name()));
        return names;
    }

    public List<String> outputNames() {
        List<String> names = allNames();
        return names.subList(1, names.size());
    }

    private void checkDistinct() {
        Set<String> seen = new HashSet<>();
        for (String name : allNames()) {
            if (!seen.add(name)) {
                throw new PipelineDefinitionException("Topic '" + name + "' is used for two purposes; the input, "
                        + "quarantine, dead-letter, audit and each vendor topic must all differ");
            }
        }
    }
}
