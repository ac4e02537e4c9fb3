package dev.sluice.policy.vendor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.sluice.detection.FindingCategory;
import dev.sluice.keys.KeysetReference;
import dev.sluice.policy.YamlErrors;

/**
 * Reads and validates a vendor policy file. Every problem is reported at once, each as
 * {@code file:line: key: what is wrong; what would be valid}.
 */
public final class VendorPolicyLoader {

    /** The only policy file format this release reads. */
    public static final int FORMAT = 1;

    /** Prefix of the headers Sluice sets on vendor records, which a policy cannot forward from the input. */
    public static final String OWN_HEADER_PREFIX = "sluice-";

    // A key written twice would otherwise let the second value silently replace the first (an empty codename
    // list after the real one, a second rule for a field), so duplicates are errors.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private VendorPolicyLoader() {
    }

    public static VendorPolicy load(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PolicyException("Policy file " + file + " not found");
        } catch (IOException e) {
            throw new PolicyException("Cannot read policy file " + file + " (" + e.getClass().getSimpleName() + ")",
                    e);
        }
        return load(content, file.toString());
    }

    /** Parses and validates {@code content}, naming it {@code source} in errors. */
    public static VendorPolicy load(byte[] content, String source) {
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new PolicyException(source + ": the file is empty; a policy needs at least format, vendor, version "
                    + "and fields");
        }
        PolicyFile file;
        try {
            file = YAML.readValue(content, PolicyFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new PolicyException(where(source, e) + ": unknown key '" + path(e) + "'; valid keys there: "
                    + sorted(e.getKnownPropertyIds()), e);
        } catch (JsonProcessingException e) {
            throw new PolicyException(YamlErrors.describe(source, e), e);
        } catch (IOException e) {
            throw new PolicyException("Cannot read policy " + source + " (" + e.getClass().getSimpleName() + ")", e);
        }
        if (file == null) {
            throw new PolicyException(source + ": the file is empty; a policy needs at least format, vendor, version "
                    + "and fields");
        }
        Errors errors = new Errors(source, YamlLines.of(content));
        VendorPolicy policy = validate(file, errors);
        errors.throwIfAny();
        return policy;
    }

    private static VendorPolicy validate(PolicyFile file, Errors errors) {
        if (file.format == null || file.format != FORMAT) {
            errors.add("format", "format is " + file.format + "; this release reads format " + FORMAT);
        }
        if (file.vendor == null || file.vendor.isBlank()) {
            errors.add("vendor", "vendor is missing; name the vendor as in the pipeline definition");
        }
        if (file.version == null || file.version.isBlank()) {
            errors.add("version", "version is missing; give the policy a version such as 2026-12-01.1, carried in "
                    + "every vendor record's headers");
        }

        List<FieldRule> fields = fields(file, errors);
        OperatorSpec defaultOperator = OperatorSpec.of(OperatorKind.REPLACE);
        Map<String, OperatorSpec> operators = new HashMap<>();
        if (file.entities != null) {
            for (Map.Entry<String, Object> entry : file.entities.entrySet()) {
                OperatorSpec spec = operator(entry.getValue(), "entities." + entry.getKey(), errors);
                if (spec == null) {
                    continue;
                }
                if (entry.getKey().equals("default")) {
                    defaultOperator = spec;
                } else {
                    operators.put(entry.getKey(), spec);
                }
            }
        }
        QuarantinePolicy quarantine = quarantine(file.quarantine, errors);
        boolean deriveKey = recordKey(file.recordKey, errors);
        Optional<KeysetReference> pseudonymKeys = keyset(file.keys == null ? null : file.keys.pseudonym,
                "keys.pseudonym", errors);
        Optional<KeysetReference> encryptionKeys = keyset(file.keys == null ? null : file.keys.encryption,
                "keys.encryption", errors);
        requireKeys(fields, operators, defaultOperator, deriveKey, pseudonymKeys, encryptionKeys, errors);
        Map<String, Double> thresholds = thresholds(file.thresholds, errors);
        List<String> headers = headers(file.headers, errors);

        if (errors.any()) {
            return null;
        }
        return new VendorPolicy(file.vendor.strip(), file.version.strip(), fields, operators, defaultOperator,
                quarantine, thresholds, deriveKey, headers, pseudonymKeys, encryptionKeys);
    }

    private static List<FieldRule> fields(PolicyFile file, Errors errors) {
        List<FieldRule> rules = new ArrayList<>();
        if (file.fields == null || file.fields.isEmpty()) {
            errors.add("fields", "fields is empty; list each field the vendor may receive with one of "
                    + names(FieldAction.values()) + " (every other field is dropped)");
            return rules;
        }
        for (Map.Entry<String, String> entry : file.fields.entrySet()) {
            String key = "fields." + entry.getKey();
            FieldPath path;
            try {
                path = FieldPath.parse(entry.getKey());
            } catch (IllegalArgumentException e) {
                errors.add(key, e.getMessage());
                continue;
            }
            FieldAction action = constant(FieldAction.class, entry.getValue(), key, errors);
            if (action != null) {
                rules.add(new FieldRule(path, action));
            }
        }
        return rules;
    }

    private static OperatorSpec operator(Object value, String key, Errors errors) {
        if (value instanceof String name) {
            OperatorKind kind = constant(OperatorKind.class, name, key, errors);
            return kind == null ? null : OperatorSpec.of(kind);
        }
        if (!(value instanceof Map<?, ?> map)) {
            errors.add(key, "expected an operator name such as replace, or a map such as {operator: partial_mask, "
                    + "keep_last: 4}");
            return null;
        }
        Set<String> known = Set.of("operator", "keep_first", "keep_last");
        for (Object name : map.keySet()) {
            if (!known.contains(String.valueOf(name))) {
                errors.add(key + "." + name, "unknown key '" + name + "'; valid keys there: " + sorted(known));
            }
        }
        OperatorKind kind = constant(OperatorKind.class, map.get("operator") == null ? null
                : String.valueOf(map.get("operator")), key + ".operator", errors);
        Integer keepFirst = count(map.get("keep_first"), key + ".keep_first", errors);
        Integer keepLast = count(map.get("keep_last"), key + ".keep_last", errors);
        if (kind == null || keepFirst == null || keepLast == null) {
            return null;
        }
        try {
            return new OperatorSpec(kind, keepFirst, keepLast);
        } catch (IllegalArgumentException e) {
            errors.add(key, e.getMessage());
            return null;
        }
    }

    private static Integer count(Object value, String key, Errors errors) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Integer number && number >= 0) {
            return number;
        }
        errors.add(key, "'" + value + "' is not a count; use a whole number of 0 or more");
        return null;
    }

    private static QuarantinePolicy quarantine(PolicyFile.Quarantine section, Errors errors) {
        if (section == null) {
            return QuarantinePolicy.defaults();
        }
        Set<FindingCategory> categories = new LinkedHashSet<>();
        if (section.categories == null) {
            categories.addAll(QuarantinePolicy.DEFAULT_CATEGORIES);
        } else {
            for (int i = 0; i < section.categories.size(); i++) {
                FindingCategory category = constant(FindingCategory.class, section.categories.get(i),
                        "quarantine.categories[" + i + "]", errors);
                if (category != null) {
                    categories.add(category);
                }
            }
        }
        if (!categories.contains(FindingCategory.SECRET)) {
            errors.add("quarantine.categories", "secret must stay in quarantine.categories: a masked credential is "
                    + "still a leaked credential");
        }
        int maxFindings = section.maxFindings == null ? 0 : section.maxFindings;
        if (maxFindings < 0) {
            errors.add("quarantine.max_findings", "max_findings is " + maxFindings + "; use 0 (no limit) or more");
            maxFindings = 0;
        }
        Set<String> types = new LinkedHashSet<>(section.entityTypes == null ? List.of() : section.entityTypes);
        return new QuarantinePolicy(categories, types, maxFindings);
    }

    private static boolean recordKey(String value, Errors errors) {
        if (value == null || value.equals("derive")) {
            return true;
        }
        if (!value.equals("none")) {
            errors.add("record_key", "record_key is '" + value + "'; use derive (a keyed pseudonym of the input key) "
                    + "or none");
        }
        return false;
    }

    private static Optional<KeysetReference> keyset(String value, String key, Errors errors) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new KeysetReference(value));
        } catch (IllegalArgumentException e) {
            errors.add(key, e.getMessage());
            return Optional.empty();
        }
    }

    private static void requireKeys(List<FieldRule> fields, Map<String, OperatorSpec> operators,
            OperatorSpec defaultOperator, boolean deriveKey, Optional<KeysetReference> pseudonymKeys,
            Optional<KeysetReference> encryptionKeys, Errors errors) {
        List<OperatorSpec> all = new ArrayList<>(operators.values());
        all.add(defaultOperator);
        boolean needsPseudonym = deriveKey
                || fields.stream().anyMatch(rule -> rule.action() == FieldAction.HASH)
                || all.stream().anyMatch(spec -> spec.kind().needsPseudonymKey());
        boolean needsEncryption = fields.stream().anyMatch(rule -> rule.action() == FieldAction.TOKENIZE)
                || all.stream().anyMatch(spec -> spec.kind() == OperatorKind.ENCRYPT);
        if (needsPseudonym && pseudonymKeys.isEmpty()) {
            errors.add("keys", "keys.pseudonym is missing; hash, surrogate and record_key: derive need the vendor's "
                    + "HMAC keyset, for example keys: {pseudonym: file:keys/vendor-pseudonym.json}");
        }
        if (needsEncryption && encryptionKeys.isEmpty()) {
            errors.add("keys", "keys.encryption is missing; encrypt and tokenize need the vendor's AES-SIV keyset, "
                    + "for example keys: {encryption: env:SLUICE_VENDOR_ENCRYPTION_KEYSET}");
        }
    }

    private static Map<String, Double> thresholds(Map<String, Double> values, Errors errors) {
        Map<String, Double> thresholds = new HashMap<>();
        if (values == null) {
            return thresholds;
        }
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            Double value = entry.getValue();
            if (value == null || value < 0 || value > 1) {
                errors.add("thresholds." + entry.getKey(), "threshold is " + value + "; use a score from 0 to 1");
            } else {
                thresholds.put(entry.getKey(), value);
            }
        }
        return thresholds;
    }

    private static List<String> headers(List<String> values, Errors errors) {
        List<String> headers = new ArrayList<>();
        if (values == null) {
            return headers;
        }
        for (int i = 0; i < values.size(); i++) {
            String header = values.get(i);
            String name = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                errors.add("headers[" + i + "]", "empty header name; remove it");
            } else if (name.startsWith(OWN_HEADER_PREFIX)) {
                errors.add("headers[" + i + "]", "'" + header + "' is a name Sluice reserves for its own headers "
                        + "(sluice-policy-version, sluice-lineage-id); input headers with it are always dropped");
            } else if (headers.contains(name)) {
                errors.add("headers[" + i + "]", "'" + header + "' is listed twice; remove one");
            } else {
                headers.add(name);
            }
        }
        return headers;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String key, Errors errors) {
        if (value == null) {
            errors.add(key, "value is missing; use one of " + names(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(key, "'" + value + "' is not valid; use one of " + names(type.getEnumConstants()));
            return null;
        }
    }

    private static String names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList().toString();
    }

    private static String where(String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? source : source + ":" + location.getLineNr();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(JsonProcessingException e) {
        return e instanceof JsonMappingException mapping ? path(mapping) : "";
    }

    /** Collects problems with the line of their key. */
    private static final class Errors {

        private final String source;
        private final YamlLines lines;
        private final List<String> messages = new ArrayList<>();

        Errors(String source, YamlLines lines) {
            this.source = source;
            this.lines = lines;
        }

        void add(String key, String message) {
            int line = lines.lineOf(key);
            messages.add((line > 0 ? source + ":" + line : source) + ": " + key + ": " + message);
        }

        boolean any() {
            return !messages.isEmpty();
        }

        void throwIfAny() {
            if (any()) {
                throw new PolicyException("Invalid vendor policy " + source + ":\n  - "
                        + String.join("\n  - ", messages));
            }
        }
    }

    /** Returns {@code values} as a sorted list of text, so that messages read the same on every run. */
    static List<String> sorted(java.util.Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }
}
