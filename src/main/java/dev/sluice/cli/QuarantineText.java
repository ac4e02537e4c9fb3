package dev.sluice.cli;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import dev.sluice.avro.Lineage;
import dev.sluice.avro.QuarantineReason;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.demo.AvroJson;
import dev.sluice.quarantine.ReviewJson;
import dev.sluice.quarantine.ReviewedRecord;

/**
 * Prints a reviewed quarantine record for people: the clear part as labelled lines, then the original key and the
 * original value as indented JSON. Text from the record is escaped with {@link TerminalText}.
 */
final class QuarantineText {

    private static final String LABEL_FORMAT = "  %-18s %s%n";
    private static final String NONE = "(none)";

    private final ObjectWriter valueWriter;

    QuarantineText(ObjectMapper mapper) {
        this.valueWriter = mapper.writerWithDefaultPrettyPrinter();
    }

    void print(ReviewedRecord reviewed, String topic, int partition, long offset, PrintWriter out)
            throws JsonProcessingException {
        QuarantineRecord record = reviewed.record();
        out.printf("Quarantine record at %s partition %d offset %d%n", TerminalText.escape(topic), partition, offset);
        label(out, "event id", orNone(record.getEventId()));
        label(out, "project", orNone(record.getProject()));
        label(out, "verdict", record.getVerdict().name());
        label(out, "lineage", lineage(record.getLineage()));
        label(out, "quarantined at", record.getQuarantinedAt().toString());
        label(out, "held for", heldFor(record.getHeldFor()));
        label(out, "original encoding", record.getOriginalEncoding());
        out.printf("  reasons (%d)%n", record.getReasons().size());
        for (QuarantineReason reason : record.getReasons()) {
            out.printf("    detector %s, entity type %s, field %s, count %d%n",
                    TerminalText.escape(reason.getDetector()), TerminalText.escape(reason.getEntityType()),
                    TerminalText.escape(reason.getFieldPath()), reason.getCount());
        }

        out.printf("Original: %s%n", reviewed.originalState().description());
        if (!reviewed.showsOriginal()) {
            return;
        }
        byte[] key = reviewed.originalKey();
        if (key == null) {
            label(out, "key", NONE);
        } else {
            label(out, "key (" + ReviewJson.keyEncoding(key) + ")", TerminalText.escape(ReviewJson.shownKey(key)));
        }
        label(out, "value schema", reviewed.originalValue().getSchema().getFullName() + " (registry id "
                + reviewed.valueSchemaId() + ")");
        out.println("  value");
        out.println(valueWriter.writeValueAsString(AvroJson.toJson(reviewed.originalValue())));
    }

    private static void label(PrintWriter out, String label, String value) {
        out.printf(LABEL_FORMAT, label, value);
    }

    private static String orNone(String value) {
        return value == null ? NONE : TerminalText.escape(value);
    }

    private static String lineage(Lineage lineage) {
        return TerminalText.escape(lineage.getSourceTopic()) + " partition " + lineage.getPartition() + " offset "
                + lineage.getOffset() + ", input timestamp " + lineage.getTimestamp();
    }

    private static String heldFor(List<String> vendors) {
        if (vendors.isEmpty()) {
            return NONE;
        }
        return TerminalText.escape(String.join(", ", vendors));
    }
}
