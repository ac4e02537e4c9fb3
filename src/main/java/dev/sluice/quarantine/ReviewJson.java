package dev.sluice.quarantine;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.sluice.avro.Lineage;
import dev.sluice.avro.QuarantineReason;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.demo.AvroJson;
import dev.sluice.redaction.StrictUtf8;

/**
 * Renders a {@link ReviewedRecord} as one JSON object for tooling: where the record was read, the clear part, and
 * under {@code original} the state of the original with its key and value when they are shown. Timestamps are ISO-8601
 * strings; the original value is natural JSON as {@link AvroJson} renders it.
 */
public final class ReviewJson {

    /** {@code key_encoding} of a key that is valid UTF-8 and shown as text. */
    public static final String KEY_UTF8 = "utf-8";

    /** {@code key_encoding} of a key that is not valid UTF-8 and shown as base64. */
    public static final String KEY_BASE64 = "base64";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReviewJson() {
    }

    /** Returns the review of the record at {@code offset} of {@code partition} of the quarantine {@code topic}. */
    public static ObjectNode toJson(ReviewedRecord reviewed, String topic, int partition, long offset) {
        QuarantineRecord record = reviewed.record();
        ObjectNode json = NODES.objectNode();

        ObjectNode source = json.putObject("quarantine");
        source.put("topic", topic);
        source.put("partition", partition);
        source.put("offset", offset);

        json.put("event_id", record.getEventId());
        json.put("project", record.getProject());
        json.put("verdict", record.getVerdict().name());
        ArrayNode reasons = json.putArray("reasons");
        for (QuarantineReason reason : record.getReasons()) {
            reasons.addObject()
                    .put("detector", reason.getDetector())
                    .put("entity_type", reason.getEntityType())
                    .put("field_path", reason.getFieldPath())
                    .put("count", reason.getCount());
        }
        json.set("lineage", lineage(record.getLineage()));
        json.put("quarantined_at", record.getQuarantinedAt().toString());
        ArrayNode heldFor = json.putArray("held_for");
        record.getHeldFor().forEach(heldFor::add);
        json.put("original_encoding", record.getOriginalEncoding());

        json.set("original", original(reviewed));
        return json;
    }

    /** Returns the key as text when it is valid UTF-8, otherwise empty; see {@link #keyEncoding(byte[])}. */
    public static Optional<String> keyText(byte[] key) {
        return StrictUtf8.decode(key);
    }

    /** Returns {@link #KEY_UTF8} or {@link #KEY_BASE64}, the form in which {@code key} is shown. */
    public static String keyEncoding(byte[] key) {
        return keyText(key).isPresent() ? KEY_UTF8 : KEY_BASE64;
    }

    /** Returns the key as shown: its text when it is valid UTF-8, otherwise its base64 encoding. */
    public static String shownKey(byte[] key) {
        return keyText(key).orElseGet(() -> Base64.getEncoder().encodeToString(key));
    }

    private static ObjectNode lineage(Lineage lineage) {
        ObjectNode json = NODES.objectNode();
        json.put("source_topic", lineage.getSourceTopic());
        json.put("partition", lineage.getPartition());
        json.put("offset", lineage.getOffset());
        json.put("timestamp", lineage.getTimestamp().toString());
        return json;
    }

    private static ObjectNode original(ReviewedRecord reviewed) {
        ObjectNode json = NODES.objectNode();
        json.put("state", reviewed.originalState().name().toLowerCase(Locale.ROOT));
        json.put("description", reviewed.originalState().description());
        if (!reviewed.showsOriginal()) {
            return json;
        }

        byte[] key = reviewed.originalKey();
        if (key == null) {
            json.putNull("key");
            json.putNull("key_encoding");
        } else {
            json.put("key", shownKey(key));
            json.put("key_encoding", keyEncoding(key));
        }
        json.put("value_schema_id", reviewed.valueSchemaId());
        json.put("value_schema", reviewed.originalValue().getSchema().getFullName());
        json.set("value", AvroJson.toJson(reviewed.originalValue()));
        return json;
    }
}
