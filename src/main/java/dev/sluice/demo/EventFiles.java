package dev.sluice.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.avro.Schema;

import dev.sluice.avro.AnnotationEvent;

/**
 * Reads the demo's input files. An events file has one JSON object per line whose keys are the
 * {@code AnnotationEvent} field names; two optional keys, {@code _key} (the record key as a string) and
 * {@code _headers} (an object of header names to string values), set the Kafka key and headers. Blank lines are
 * skipped. An undecodable-payloads file has one object per line with {@code value_base64}.
 */
public final class EventFiles {

    static final String KEY_FIELD = "_key";
    static final String HEADERS_FIELD = "_headers";
    private static final List<String> RECORD_ATTRIBUTES = List.of(KEY_FIELD, HEADERS_FIELD);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private EventFiles() {
    }

    /** Reads events; every invalid line is reported, with its number, in one exception. */
    public static List<InputRecord> readEvents(Path file) {
        Schema schema = AnnotationEvent.getClassSchema();
        List<InputRecord> records = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String source = file.getFileName() + ":" + (i + 1);
            try {
                JsonNode json = JSON.readTree(line);
                if (json == null || !json.isObject()) {
                    throw new IllegalArgumentException("expected a JSON object");
                }
                records.add(new InputRecord(key(json), JsonToAvro.toRecord(json, schema, RECORD_ATTRIBUTES), null,
                        headers(json), source));
            } catch (JsonProcessingException e) {
                errors.add(source + ": invalid JSON (" + e.getOriginalMessage() + ")");
            } catch (IllegalArgumentException e) {
                errors.add(source + ": " + e.getMessage());
            }
        }
        if (errors.isEmpty() && records.isEmpty()) {
            throw new InputFileException(file + " contains no events; write one JSON object per line");
        }
        if (!errors.isEmpty()) {
            throw new InputFileException(errors.size() + " invalid line(s) in " + file + ":\n  " + String.join("\n  ",
                    errors.subList(0, Math.min(errors.size(), 20))) + (errors.size() > 20 ? "\n  ..." : ""));
        }
        return records;
    }

    /** Reads payloads that are sent as raw bytes, to show how undecodable records are handled. */
    public static List<InputRecord> readRawPayloads(Path file) {
        List<InputRecord> records = new ArrayList<>();
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String source = file.getFileName() + ":" + (i + 1);
            try {
                JsonNode json = JSON.readTree(lines.get(i));
                JsonNode value = json.get("value_base64");
                if (value == null || !value.isTextual()) {
                    throw new InputFileException(source + ": value_base64 is missing");
                }
                records.add(new InputRecord(key(json), null, Base64.getDecoder().decode(value.textValue()),
                        headers(json), source));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new InputFileException(source + ": invalid line (" + e.getMessage() + ")", e);
            }
        }
        return records;
    }

    private static List<String> readLines(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputFileException(file + " is a directory; give the path of a JSON-lines file");
        }
        if (!Files.exists(file)) {
            throw new InputFileException("Events file " + file + " not found");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw new InputFileException(file + ":" + firstInvalidUtf8Line(file) + ": the line is not valid UTF-8 text",
                    e);
        } catch (IOException e) {
            throw new InputFileException("Cannot read " + file + " (" + e + ")", e);
        }
    }

    /**
     * Returns the 1-based number of the first line that is not valid UTF-8, found by decoding line by line. The
     * reader cannot tell, because it decodes ahead of the line it returns.
     */
    private static int firstInvalidUtf8Line(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputFileException("Cannot read " + file + " (" + e + ")", e);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (dev.sluice.redaction.StrictUtf8.decode(java.nio.ByteBuffer.wrap(bytes, lineStart, i - lineStart))
                        .isEmpty()) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static byte[] key(JsonNode json) {
        JsonNode key = json.get(KEY_FIELD);
        if (key == null || key.isNull()) {
            return null;
        }
        if (!key.isTextual()) {
            throw new IllegalArgumentException(KEY_FIELD + " must be a string");
        }
        return key.textValue().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(JsonNode json) {
        JsonNode headers = json.get(HEADERS_FIELD);
        Map<String, String> result = new LinkedHashMap<>();
        if (headers == null || headers.isNull()) {
            return result;
        }
        if (!headers.isObject()) {
            throw new IllegalArgumentException(HEADERS_FIELD + " must be an object of header names to strings");
        }
        headers.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new IllegalArgumentException(HEADERS_FIELD + "." + entry.getKey() + " must be a string");
            }
            result.put(entry.getKey(), entry.getValue().textValue());
        });
        return result;
    }
}
