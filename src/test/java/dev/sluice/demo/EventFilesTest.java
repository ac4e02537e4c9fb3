package dev.sluice.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsEventWithKeyHeadersAndDefaults() throws Exception {
        Path file = write("""
                {"event_id": "e1", "event_type": "PROMPT", "project": "p", "created_at": "2026-11-03T14:22:05Z", \
                "prompt": "hi", "_key": "k1", "_headers": {"trace-id": "abc"}}

                {"event_id": "e2", "event_type": "RESPONSE", "project": "p", "created_at": 1767225600000, \
                "prompt": "q", "response": null, "messages": [{"role": "user", "content": "x"}], \
                "metadata": {"a": "b"}, "score": 4}
                """);

        List<InputRecord> records = EventFiles.readEvents(file);

        assertThat(records).hasSize(2);
        InputRecord first = records.get(0);
        assertThat(new String(first.key(), StandardCharsets.UTF_8)).isEqualTo("k1");
        assertThat(first.headers()).isEqualTo(Map.of("trace-id", "abc"));
        GenericRecord event = first.event();
        assertThat(event.get("created_at")).isEqualTo(Instant.parse("2026-11-03T14:22:05Z").toEpochMilli());
        assertThat((List<?>) event.get("messages")).isEmpty();
        assertThat(event.get("response")).isNull();
        assertThat(records.get(1).event().get("score")).isEqualTo(4.0);
        assertThat(records.get(1).source()).isEqualTo("events.jsonl:3");
    }

    @Test
    void invalidLinesAreAllReportedWithLineNumbers() throws Exception {
        Path file = write("""
                {"event_id": "e1", "event_type": "PROMPT", "project": "p", "created_at": 0, "prompt": "ok"}
                not json {
                {"event_id": "e3", "event_type": "SHOUT", "project": "p", "created_at": 0, "prompt": "x"}
                {"event_id": "e4", "event_type": "PROMPT", "project": "p", "created_at": 0, "prompt": "x", "colour": 1}
                {"event_id": "e5", "event_type": "PROMPT", "project": "p", "created_at": "yesterday", "prompt": "x"}
                {"event_id": "e6", "event_type": "PROMPT", "created_at": 0, "prompt": "x"}
                """);

        assertThatThrownBy(() -> EventFiles.readEvents(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("5 invalid line(s)")
                .hasMessageContaining("events.jsonl:2: invalid JSON")
                .hasMessageContaining("events.jsonl:3: field 'event_type' is 'SHOUT'")
                .hasMessageContaining("events.jsonl:4: unknown field 'colour'")
                .hasMessageContaining("events.jsonl:5: field 'created_at' is not an ISO-8601 instant")
                .hasMessageContaining("events.jsonl:6: field 'project' is missing");
    }

    @Test
    void invalidUtf8IsReported() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, new byte[] {'{', '}', '\n', '{', (byte) 0xC3, 0x28, '}'});

        assertThatThrownBy(() -> EventFiles.readEvents(file)).hasMessageContaining("events.jsonl:2: the line is not "
                + "valid UTF-8");
    }

    @Test
    void missingEmptyAndDirectoryInputsAreReported() throws Exception {
        Path empty = write("\n\n");

        assertThatThrownBy(() -> EventFiles.readEvents(dir.resolve("absent.jsonl")))
                .hasMessageContaining("absent.jsonl not found");
        assertThatThrownBy(() -> EventFiles.readEvents(dir)).hasMessageContaining("is a directory");
        assertThatThrownBy(() -> EventFiles.readEvents(empty)).hasMessageContaining("contains no events");
    }

    @Test
    void rawPayloadsAreDecodedFromBase64() throws Exception {
        Path file = dir.resolve("raw.jsonl");
        Files.writeString(file, "{\"description\": \"empty\", \"value_base64\": \"\"}\n"
                + "{\"description\": \"text\", \"value_base64\": \"aGk=\"}\n");

        List<InputRecord> records = EventFiles.readRawPayloads(file);

        assertThat(records).extracting(record -> new String(record.raw(), StandardCharsets.UTF_8))
                .containsExactly("", "hi");
        assertThat(records).noneMatch(InputRecord::isTombstone);
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
