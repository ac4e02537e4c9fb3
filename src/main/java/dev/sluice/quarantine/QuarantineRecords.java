package dev.sluice.quarantine;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sluice.avro.Lineage;
import dev.sluice.avro.QuarantineReason;
import dev.sluice.avro.QuarantineRecord;

/**
 * Builds the quarantine record of an input that one or more vendors' policies held back. With a reviewer keyset
 * the original key and value are sealed, and without one they are left out. Either way the quarantine topic contains
 * no readable personal data.
 */
public final class QuarantineRecords {

    private final QuarantineSeal seal;

    /** @param seal the reviewers' seal, or null to leave the original out */
    public QuarantineRecords(QuarantineSeal seal) {
        this.seal = seal;
    }

    /**
     * Returns the quarantine record of one input.
     *
     * @param holds         one entry per vendor that did not get the record, at least one
     * @param originalKey   input key bytes, may be null
     * @param originalValue input value bytes as received
     */
    public QuarantineRecord build(String eventId, String project, List<Hold> holds, Lineage lineage,
            Instant quarantinedAt, byte[] originalKey, byte[] originalValue) {
        QuarantineRecord.Builder builder = QuarantineRecord.newBuilder()
                .setEventId(eventId)
                .setProject(project)
                .setVerdict(Hold.mostSerious(holds))
                .setReasons(mergedReasons(holds))
                .setLineage(lineage)
                .setQuarantinedAt(quarantinedAt)
                .setHeldFor(holds.stream().map(Hold::vendor).distinct().toList());

        if (seal == null) {
            return builder.setOriginalKey(null)
                    .setOriginalValue(ByteBuffer.allocate(0))
                    .setOriginalEncoding(QuarantineSeal.OMITTED)
                    .build();
        }
        String topic = lineage.getSourceTopic();
        int partition = lineage.getPartition();
        long offset = lineage.getOffset();
        byte[] sealedKey = originalKey == null ? null
                : seal.seal(originalKey, QuarantineSeal.Part.KEY, topic, partition, offset);
        return builder.setOriginalKey(sealedKey == null ? null : ByteBuffer.wrap(sealedKey))
                .setOriginalValue(ByteBuffer.wrap(seal.seal(originalValue, QuarantineSeal.Part.VALUE, topic,
                        partition, offset)))
                .setOriginalEncoding(QuarantineSeal.ENCODING)
                .build();
    }

    /**
     * Merges the reasons of all holds. Two vendors that scan the same field report the same finding, so a reason
     * seen by several keeps its highest count rather than their sum.
     */
    private static List<QuarantineReason> mergedReasons(List<Hold> holds) {
        Map<String, QuarantineReason> merged = new LinkedHashMap<>();
        for (Hold hold : holds) {
            for (QuarantineReason reason : hold.reasons()) {
                String key = Hold.reasonKey(reason.getDetector(), reason.getEntityType(), reason.getFieldPath());
                QuarantineReason existing = merged.get(key);
                if (existing == null) {
                    merged.put(key, QuarantineReason.newBuilder(reason).build());
                } else if (reason.getCount() > existing.getCount()) {
                    existing.setCount(reason.getCount());
                }
            }
        }
        return new ArrayList<>(merged.values());
    }
}
