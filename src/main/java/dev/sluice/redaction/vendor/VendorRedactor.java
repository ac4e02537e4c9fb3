package dev.sluice.redaction.vendor;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;

import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;
import dev.sluice.detection.RepeatedNames;
import dev.sluice.policy.vendor.FieldAction;
import dev.sluice.policy.vendor.FieldPath;
import dev.sluice.policy.vendor.FieldRule;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.redaction.FieldFinding;
import dev.sluice.redaction.StrictUtf8;
import dev.sluice.redaction.TextRedactor;
import dev.sluice.redaction.TextScanner;
import dev.sluice.redaction.UnscannableField;
import dev.sluice.redaction.operator.RecordScope;

/**
 * Applies one vendor's policy to records: walks the input record and the vendor's projected schema side by side,
 * copies passed fields, scans scanned ones and replaces each finding with its entity type's operator, hashes or
 * tokenizes whole fields, and leaves out everything else. Thread-safe; each call keeps its state on the stack.
 */
public final class VendorRedactor {

    /** First step of the path under which header values are scanned and reported. */
    public static final String HEADER_PATH = "headers";

    private final VendorPolicy policy;
    private final TextScanner scanner;
    private final VendorOperators operators;
    private final Set<String> forwardedHeaders = new java.util.HashSet<>();

    public VendorRedactor(VendorPolicy policy, TextScanner scanner, VendorOperators operators) {
        this.policy = policy;
        this.scanner = scanner;
        this.operators = operators;
        policy.headers().forEach(header -> forwardedHeaders.add(header.toLowerCase(Locale.ROOT)));
    }

    /** Returns {@code input} as the vendor may receive it, in {@code projected} (from {@code SchemaProjection}). */
    public VendorRecord redact(GenericRecord input, Schema projected) {
        return redact(input, projected, List.of());
    }

    /**
     * Returns {@code input} as the vendor may receive it, in {@code projected}, with the {@code headers} its policy
     * forwards: their values scanned like fields under the path {@code headers.NAME}, every other header left out.
     * Findings in headers count for quarantine like findings in fields.
     *
     * @param headers input headers as UTF-8 text, in their order; names are compared ignoring case
     */
    public VendorRecord redact(GenericRecord input, Schema projected, List<Map.Entry<String, String>> headers) {
        Walk first = new Walk(Map.of());
        VendorRecord record = walk(first, input, projected, headers);
        if (first.names.isEmpty()) {
            return record;
        }
        // A person name found in one field is masked in every other field too, where no context word may be.
        return walk(new Walk(first.names), input, projected, headers);
    }

    private VendorRecord walk(Walk walk, GenericRecord input, Schema projected,
            List<Map.Entry<String, String>> headers) {
        GenericRecord value = (GenericRecord) walk.record(input, projected, FieldPath.of(List.of()));
        List<Map.Entry<String, String>> forwarded = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (forwardedHeaders.contains(name)) {
                String masked = walk.scanText(header.getValue(), FieldPath.parse(HEADER_PATH).child(name));
                forwarded.add(Map.entry(header.getKey(), masked));
            }
        }
        List<String> types = walk.findings.stream().map(found -> found.finding().entityType()).toList();
        Set<FindingCategory> categories = EnumSet.noneOf(FindingCategory.class);
        walk.findings.forEach(found -> categories.add(found.finding().category()));
        boolean quarantined = !walk.unscannable.isEmpty() || policy.quarantine().quarantines(types, categories);
        return new VendorRecord(value, forwarded, walk.findings, walk.unscannable, quarantined);
    }

    /** The state of one record's walk. */
    private final class Walk {

        private final RecordScope scope = new RecordScope();
        private final List<FieldFinding> findings = new ArrayList<>();
        private final List<UnscannableField> unscannable = new ArrayList<>();
        /** Person names found anywhere in the record by an earlier walk, masked wherever they occur. */
        private final Map<String, Finding> knownNames;
        /** Person names this walk found, by their text. */
        private final Map<String, Finding> names = new LinkedHashMap<>();

        private Walk(Map<String, Finding> knownNames) {
            this.knownNames = knownNames;
        }

        private Object record(GenericRecord input, Schema projected, FieldPath path) {
            GenericData.Record output = new GenericData.Record(projected);
            Schema inputSchema = input.getSchema();
            for (Schema.Field field : projected.getFields()) {
                Schema.Field source = inputSchema.getField(field.name());
                FieldPath fieldPath = path.length() == 0 ? FieldPath.parse(field.name()) : path.child(field.name());
                output.put(field.pos(), value(source.schema(), field.schema(), input.get(source.pos()), fieldPath));
            }
            return output;
        }

        private Object value(Schema in, Schema out, Object value, FieldPath path) {
            if (value == null) {
                return null;
            }
            if (in.getType() == Schema.Type.UNION) {
                Schema branch = in.getTypes().get(GenericData.get().resolveUnion(in, value));
                return value(branch, matchingBranch(branch, out, path), value, path);
            }
            FieldAction action = policy.actionFor(path);
            if (action == FieldAction.HASH || action == FieldAction.TOKENIZE) {
                return whole(action, String.valueOf(value), path);
            }
            return switch (in.getType()) {
                case RECORD -> record((GenericRecord) value, out, path);
                case ARRAY -> array(in, out, (List<?>) value, path);
                case MAP -> map(in, out, (Map<?, ?>) value, path);
                case STRING -> action == FieldAction.SCAN ? scanText(value.toString(), path) : value.toString();
                case BYTES -> action == FieldAction.SCAN ? scanBytes((ByteBuffer) value, path) : value;
                case FIXED -> action == FieldAction.SCAN ? checkFixed(in, (GenericFixed) value, path) : value;
                default -> value;
            };
        }

        private List<Object> array(Schema in, Schema out, List<?> items, FieldPath path) {
            GenericData.Array<Object> copy = new GenericData.Array<>(items.size(), out);
            for (Object item : items) {
                copy.add(value(in.getElementType(), out.getElementType(), item, path.element()));
            }
            return copy;
        }

        private Map<String, Object> map(Schema in, Schema out, Map<?, ?> entries, FieldPath path) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                String key = entry.getKey().toString();
                FieldPath keyPath = path.child(key);
                if (!kept(keyPath)) {
                    continue;
                }
                int before = findings.size();
                String maskedKey = policy.actionFor(keyPath) == FieldAction.PASS ? key : scanText(key, path);
                // A key with findings must not appear in paths: paths are written to audit events in clear.
                FieldPath valuePath = findings.size() == before ? keyPath : path.child("masked-key");
                copy.put(maskedKey, value(in.getValueType(), out.getValueType(), entry.getValue(), valuePath));
            }
            return copy;
        }

        private boolean kept(FieldPath path) {
            if (policy.actionFor(path) != FieldAction.DROP) {
                return true;
            }
            for (FieldRule rule : policy.fields()) {
                if (rule.action() != FieldAction.DROP && rule.path().mayMatchBelow(path)) {
                    return true;
                }
            }
            return false;
        }

        private String whole(FieldAction action, String value, FieldPath path) {
            String label = label(path);
            return action == FieldAction.HASH ? operators.hash().apply(value, label, scope)
                    : operators.encryption().apply(value, label, scope);
        }

        private String scanText(String text, FieldPath path) {
            List<Finding> counted = new ArrayList<>();
            for (Finding finding : RepeatedNames.add(text, scanner.scan(text), knownNames)) {
                if (finding.score() >= policy.thresholds().getOrDefault(finding.detectorId(), 0.0)) {
                    counted.add(finding);
                    findings.add(new FieldFinding(path.toString(), finding));
                }
            }
            RepeatedNames.namesIn(text, counted).forEach(names::putIfAbsent);
            return TextRedactor.redact(text, counted, (finding, value) ->
                    operators.operator(policy.operatorFor(finding.entityType())).apply(value, finding.entityType(),
                            scope));
        }

        /**
         * Scans a fixed field that holds UTF-8 text. A finding there cannot be masked, because a placeholder would
         * change the field's length, so the field is reported unscannable and the record held back. Binary values
         * (hashes, ids) hold no readable text and pass.
         */
        private GenericFixed checkFixed(Schema schema, GenericFixed fixed, FieldPath path) {
            Optional<String> decoded = StrictUtf8.decode(fixed.bytes());
            if (decoded.isPresent()) {
                int before = findings.size();
                scanText(decoded.get(), path);
                if (findings.size() > before) {
                    unscannable.add(new UnscannableField(path.toString(), "fixed(" + schema.getFixedSize()
                            + ") text has findings but cannot change length"));
                }
            }
            return fixed;
        }

        private ByteBuffer scanBytes(ByteBuffer bytes, FieldPath path) {
            ByteBuffer view = bytes.duplicate();
            Optional<String> decoded = StrictUtf8.decode(view);
            if (decoded.isEmpty()) {
                unscannable.add(new UnscannableField(path.toString(), "bytes are not UTF-8 text"));
                return view;
            }
            String masked = scanText(decoded.get(), path);
            return StandardCharsets.UTF_8.encode(CharBuffer.wrap(masked));
        }

        /** Returns the projected branch of a union that carries values of the input {@code branch}. */
        private Schema matchingBranch(Schema branch, Schema out, FieldPath path) {
            if (out.getType() != Schema.Type.UNION) {
                return out;
            }
            FieldAction action = policy.actionFor(path);
            for (Schema candidate : out.getTypes()) {
                boolean sameKind = candidate.getType() == branch.getType()
                        || (action == FieldAction.HASH || action == FieldAction.TOKENIZE)
                                && candidate.getType() == Schema.Type.STRING;
                boolean sameName = branch.getType() != Schema.Type.RECORD
                        || candidate.getName().equals(branch.getName())
                        || candidate.getName().startsWith(branch.getName() + "_");
                if (sameKind && sameName) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no branch of the vendor schema at " + path + " for " + branch.getType());
        }
    }

    /** Returns the placeholder label of a whole-field operator: the field's last name, in upper case. */
    private static String label(FieldPath path) {
        String text = path.toString();
        int dot = text.lastIndexOf('.');
        String last = dot < 0 ? text : text.substring(dot + 1);
        int bracket = last.indexOf('[');
        return (bracket < 0 ? last : last.substring(0, bracket)).toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
