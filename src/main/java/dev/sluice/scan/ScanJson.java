package dev.sluice.scan;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.sluice.detection.Finding;

/**
 * Reads the JSON lines of {@code sluice scan --jsonl} and builds the JSON objects it writes.
 */
final class ScanJson {

    static final String TEXT = "text";
    static final String REDACTED = "redacted";
    static final String FINDINGS = "findings";

    // Decimals are read as BigDecimal, trailing zeros kept, so that copied fields keep their precision.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private final ObjectWriter asciiWriter = mapper.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    JsonNode parse(String line) throws JsonProcessingException {
        return mapper.readTree(line);
    }

    /**
     * Returns a copy of {@code input} with its {@code text} field replaced by {@code redacted} and, if
     * {@code withFindings}, followed by {@code findings}. Input fields named like an output field are replaced.
     */
    ObjectNode maskedRecord(ObjectNode input, ScannedText scanned, boolean withFindings) {
        ObjectNode output = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : input.properties()) {
            String name = field.getKey();
            if (name.equals(TEXT)) {
                output.put(REDACTED, scanned.redacted());
                if (withFindings) {
                    output.set(FINDINGS, findingsArray(scanned));
                }
            } else if (!name.equals(REDACTED) && !(withFindings && name.equals(FINDINGS))) {
                output.set(name, field.getValue());
            }
        }
        return output;
    }

    /** Returns {@code {"redacted": ..., "findings": [...]}} for one whole input. */
    ObjectNode findingsRecord(ScannedText scanned) {
        ObjectNode output = mapper.createObjectNode();
        output.put(REDACTED, scanned.redacted());
        output.set(FINDINGS, findingsArray(scanned));
        return output;
    }

    /**
     * Returns the findings with start and end as Unicode code point offsets into the original text (end exclusive),
     * converted from the engine's UTF-16 indices.
     */
    private ArrayNode findingsArray(ScannedText scanned) {
        String text = scanned.original();
        ArrayNode array = mapper.createArrayNode();
        // Findings are sorted and non-overlapping (TextRedactor has checked that), so one pass converts all offsets.
        int charIndex = 0;
        int codePointIndex = 0;
        for (Finding finding : scanned.findings()) {
            codePointIndex += text.codePointCount(charIndex, finding.start());
            int start = codePointIndex;
            codePointIndex += text.codePointCount(finding.start(), finding.end());
            charIndex = finding.end();
            ObjectNode entry = array.addObject()
                    .put("type", finding.entityType())
                    .put("start", start)
                    .put("end", codePointIndex)
                    .put("score", finding.score())
                    .put("detector", finding.detectorId());
            if (finding.validator() != null) {
                entry.put("validator", finding.validator());
            }
            if (finding.contextWord() != null) {
                entry.put("context", finding.contextWord());
            }
        }
        return array;
    }

    /**
     * Returns {@code node} as one line of JSON. A string with an unpaired surrogate (possible from a {@code \ud83d}
     * escape in the input) has no UTF-8 encoding, so such output is written with every non-ASCII char escaped.
     */
    String write(JsonNode node) throws JsonProcessingException {
        String json = mapper.writeValueAsString(node);
        return hasUnpairedSurrogate(json) ? asciiWriter.writeValueAsString(node) : json;
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text as read, its findings and the masked text. */
    record ScannedText(String original, List<Finding> findings, String redacted) {
    }
}
