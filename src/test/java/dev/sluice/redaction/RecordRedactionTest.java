package dev.sluice.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;

class RecordRedactionTest {

    private static final String EMAIL = "alice@example.com";
    private static final String OTHER = "bob@example.org";

    /** Finds the two test addresses by plain search, so these tests do not depend on the detectors. */
    private static final TextScanner SCANNER = text -> {
        List<Finding> findings = new ArrayList<>();
        for (String value : List.of(EMAIL, OTHER)) {
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
                findings.add(new Finding(at, at + value.length(), "EMAIL_ADDRESS", FindingCategory.PERSONAL_DATA,
                        "test", 1.0));
            }
        }
        findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return findings;
    };

    private static final Schema SCHEMA = new Schema.Parser().parse("""
            {"type": "record", "name": "Doc", "fields": [
              {"name": "text", "type": ["null", "string"]},
              {"name": "empty", "type": "string"},
              {"name": "tags", "type": {"type": "array", "items": "string"}},
              {"name": "attributes", "type": {"type": "map", "values": ["null", "string"]}},
              {"name": "reviewer", "type": ["null", {"type": "record", "name": "Reviewer", "fields": [
                {"name": "email", "type": "string"},
                {"name": "phone", "type": ["null", "string"]}]}]},
              {"name": "blob", "type": ["null", "bytes"]},
              {"name": "rating", "type": "int"}
            ]}
            """);

    @Test
    void masksEveryStringAndKeepsShape() {
        GenericRecord record = record("Write to " + EMAIL, List.of("x", EMAIL), Map.of("k", OTHER), null);

        RecordRedaction redaction = new RecordRedactor(SCANNER).begin();
        GenericRecord masked = redaction.redactRecord(record);

        assertThat(masked.get("text")).isEqualTo("Write to <EMAIL_ADDRESS_1>");
        assertThat(masked.get("empty")).isEqualTo("");
        assertThat(masked.get("tags").toString()).isEqualTo("[x, <EMAIL_ADDRESS_1>]");
        assertThat(masked.get("attributes").toString()).isEqualTo("{k=<EMAIL_ADDRESS_2>}");
        GenericRecord reviewer = (GenericRecord) masked.get("reviewer");
        assertThat(reviewer.get("email")).isEqualTo("<EMAIL_ADDRESS_2>");
        assertThat(reviewer.get("phone")).isNull();
        assertThat(masked.get("blob")).isNull();
        assertThat(masked.get("rating")).isEqualTo(7);
        assertThat(redaction.findings()).extracting(FieldFinding::fieldPath)
                .containsExactly("text", "tags[1]", "attributes.k", "reviewer.email");
        assertThat(record.get("text")).isEqualTo("Write to " + EMAIL);
    }

    @Test
    void maskedMapKeyIsHiddenFromPaths() {
        GenericRecord record = record(null, List.of(), Map.of(EMAIL, "seen"), null);
        record.put("reviewer", null);

        RecordRedaction redaction = new RecordRedactor(SCANNER).begin();
        GenericRecord masked = redaction.redactRecord(record);

        assertThat(masked.get("attributes").toString()).isEqualTo("{<EMAIL_ADDRESS_1>=seen}");
        assertThat(redaction.findings()).extracting(FieldFinding::fieldPath).containsExactly("attributes.<key>");
        assertThat(redaction.findings().toString()).doesNotContain(EMAIL);
    }

    @Test
    void utf8BytesAreScannedAndMasked() {
        GenericRecord record = record(null, List.of(), Map.of(), ByteBuffer.wrap(("to " + EMAIL)
                .getBytes(StandardCharsets.UTF_8)));
        record.put("reviewer", null);

        RecordRedaction redaction = new RecordRedactor(SCANNER).begin();
        GenericRecord masked = redaction.redactRecord(record);

        ByteBuffer blob = (ByteBuffer) masked.get("blob");
        assertThat(StandardCharsets.UTF_8.decode(blob).toString()).isEqualTo("to <EMAIL_ADDRESS_1>");
        assertThat(redaction.unscannableFields()).isEmpty();
    }

    @Test
    void binaryBytesAreUnscannable() {
        GenericRecord record = record(null, List.of(), Map.of(), ByteBuffer.wrap(new byte[] {(byte) 0xC3, 0x28}));

        RecordRedaction redaction = new RecordRedactor(SCANNER).begin();
        redaction.redactRecord(record);

        assertThat(redaction.unscannableFields()).extracting(UnscannableField::fieldPath).containsExactly("blob");
    }

    @Test
    void headerTextSharesRecordPlaceholders() {
        RecordRedaction redaction = new RecordRedactor(SCANNER).begin();
        redaction.redactRecord(record(EMAIL, List.of(), Map.of(), null));

        assertThat(redaction.redactText("headers.x-note", "by " + OTHER + " and " + EMAIL))
                .isEqualTo("by <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>");
    }

    private static GenericRecord record(String text, List<String> tags, Map<String, String> attributes,
            ByteBuffer blob) {
        Schema reviewerSchema = SCHEMA.getField("reviewer").schema().getTypes().get(1);
        GenericRecord reviewer = new GenericData.Record(reviewerSchema);
        reviewer.put("email", OTHER);
        reviewer.put("phone", null);
        GenericRecord record = new GenericData.Record(SCHEMA);
        record.put("text", text);
        record.put("empty", "");
        record.put("tags", new GenericData.Array<>(SCHEMA.getField("tags").schema(), tags));
        record.put("attributes", new LinkedHashMap<>(attributes));
        record.put("reviewer", reviewer);
        record.put("blob", blob);
        record.put("rating", 7);
        return record;
    }
}
