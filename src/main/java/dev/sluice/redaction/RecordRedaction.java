package dev.sluice.redaction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;

import dev.sluice.detection.Finding;

/**
 * Masks one record: every string anywhere in it (nested records, arrays, map keys and values, unions, UTF-8 bytes)
 * and any header values the caller passes in. Placeholders are shared across all of them, so one value gets one
 * placeholder in the whole record. One instance serves one record and is not thread-safe.
 */
public final class RecordRedaction {

    private final TextScanner scanner;
    private final PlaceholderAllocator placeholders = new PlaceholderAllocator();
    private final List<FieldFinding> findings = new ArrayList<>();
    private final List<UnscannableField> unscannable = new ArrayList<>();

    RecordRedaction(TextScanner scanner) {
        this.scanner = scanner;
    }

    /** Returns a masked deep copy of {@code record}; the input is not modified. */
    public GenericRecord redactRecord(GenericRecord record) {
        return (GenericRecord) redactValue(record.getSchema(), record, "");
    }

    /** Returns {@code text} masked, recording its findings under {@code fieldPath}. */
    public String redactText(String fieldPath, String text) {
        List<Finding> found = scanner.scan(text);
        for (Finding finding : found) {
            findings.add(new FieldFinding(fieldPath, finding));
        }
        return TextRedactor.redact(text, found, placeholders);
    }

    public List<FieldFinding> findings() {
        return List.copyOf(findings);
    }

    public List<UnscannableField> unscannableFields() {
        return List.copyOf(unscannable);
    }

    private Object redactValue(Schema schema, Object value, String path) {
        if (value == null) {
            return null;
        }
        switch (schema.getType()) {
            case RECORD:
                return redactNestedRecord((GenericRecord) value, path);
            case UNION:
                int branch = GenericData.get().resolveUnion(schema, value);
                return redactValue(schema.getTypes().get(branch), value, path);
            case ARRAY:
                return redactArray(schema, (List<?>) value, path);
            case MAP:
                return redactMap(schema, (Map<?, ?>) value, path);
            case STRING:
                return redactText(path, value.toString());
            case BYTES:
                return redactBytes((ByteBuffer) value, path);
            case FIXED:
                checkFixed(schema, (GenericFixed) value, path);
                return value;
            default:
                // Numbers, booleans, enums and nulls carry no free text: enum symbols come from the schema.
                return value;
        }
    }

    private GenericRecord redactNestedRecord(GenericRecord record, String path) {
        Schema schema = record.getSchema();
        GenericData.Record copy = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
            copy.put(field.pos(), redactValue(field.schema(), record.get(field.pos()), fieldPath));
        }
        return copy;
    }

    private List<Object> redactArray(Schema schema, List<?> items, String path) {
        GenericData.Array<Object> copy = new GenericData.Array<>(items.size(), schema);
        for (int i = 0; i < items.size(); i++) {
            copy.add(redactValue(schema.getElementType(), items.get(i), path + "[" + i + "]"));
        }
        return copy;
    }

    private Map<String, Object> redactMap(Schema schema, Map<?, ?> entries, String path) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            String key = entry.getKey().toString();
            int findingsBefore = findings.size();
            String maskedKey = redactText(path + ".<key>", key);
            // A key with findings must not appear in paths: paths are written to quarantine reasons in clear.
            String valuePath = findings.size() == findingsBefore ? path + "." + key : path + ".<masked key>";
            copy.put(maskedKey, redactValue(schema.getValueType(), entry.getValue(), valuePath));
        }
        return copy;
    }

    private ByteBuffer redactBytes(ByteBuffer bytes, String path) {
        ByteBuffer view = bytes.duplicate();
        if (!view.hasRemaining()) {
            return view;
        }
        Optional<String> decoded = StrictUtf8.decode(view);
        if (decoded.isEmpty()) {
            unscannable.add(new UnscannableField(path, "bytes are not UTF-8 text"));
            return view;
        }
        String text = decoded.get();
        String masked = redactText(path, text);
        return masked.equals(text) ? view : StandardCharsets.UTF_8.encode(CharBuffer.wrap(masked));
    }

    private void checkFixed(Schema schema, GenericFixed fixed, String path) {
        Optional<String> decoded = StrictUtf8.decode(fixed.bytes());
        if (decoded.isEmpty()) {
            // Binary fixed values (hashes, ids) cannot hold readable text, so there is nothing to mask.
            return;
        }
        String text = decoded.get();
        int findingsBefore = findings.size();
        scanner.scan(text).forEach(finding -> findings.add(new FieldFinding(path, finding)));
        if (findings.size() > findingsBefore) {
            unscannable.add(new UnscannableField(path, "fixed(" + schema.getFixedSize()
                    + ") text has findings but cannot change length"));
        }
    }
}
