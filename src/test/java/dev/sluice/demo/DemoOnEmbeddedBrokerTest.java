package dev.sluice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;
import dev.sluice.quarantine.QuarantineSeal;

/**
 * Runs the demo end to end on the embedded broker and checks its output topics against the planted values and
 * expected outcomes that the sample generator recorded.
 */
class DemoOnEmbeddedBrokerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("topology/samples");

    @TempDir
    Path dump;

    @Test
    void bundledSamplesReachExpectedTopics() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DemoSummary summary = new DemoRunner(new DemoOptions(null, dump, false, false, 0),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        assertThat(summary.vendorRecords().values()).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(summary.quarantined()).isPositive();
        assertThat(summary.deadLetters()).isPositive();
        assertThat(summary.unrouted()).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Sluice demo summary");

        // Vendor records carry no event id in clear (the bundled policies hash or tokenize it), so each record is
        // traced to its input through its lineage header and the audit event with the same lineage id.
        Map<String, String> eventByLineage = new HashMap<>();
        Map<String, String> auditOutcome = new HashMap<>();
        List<JsonNode> audits = readJsonLines(dump.resolve("sluice.audit.jsonl"));
        for (JsonNode audit : audits) {
            String lineage = audit.path("value").path("lineage_id").asText();
            assertThat(audit.path("key").asText()).isEqualTo(lineage);
            assertThat(eventByLineage.put(lineage, audit.path("value").path("event_id").asText()))
                    .as("one audit event per input record, lineage %s", lineage).isNull();
            auditOutcome.put(audit.path("value").path("event_id").asText(), audit.path("value").path("outcome")
                    .asText());
        }
        assertThat(audits).hasSize((int) summary.recordsIn());

        // Each event's planted values are looked for in that event's vendor records only, because clean events
        // may contain a planted value as part of a longer word ("Tamarindo" is a town, not the codename).
        List<JsonNode> expected = readJsonLines(SAMPLES.resolve("expected.jsonl"));
        Map<String, Set<String>> receivedBy = new HashMap<>();
        Map<String, String> vendorTextByEvent = vendorDumpsByEvent(eventByLineage, receivedBy);
        for (JsonNode event : expected) {
            String id = event.path("event_id").asText();
            for (JsonNode planted : event.path("planted")) {
                assertThat(vendorTextByEvent.getOrDefault(id, ""))
                        .as("planted %s of %s", planted.path("type").asText(), id)
                        .doesNotContain(planted.path("value").asText());
            }
        }

        Map<String, Set<String>> heldFor = new HashMap<>();
        QuarantineSeal seal = reviewerSeal();
        for (JsonNode record : readJsonLines(dump.resolve("sluice.quarantine.jsonl"))) {
            JsonNode value = record.path("value");
            Set<String> vendors = new HashSet<>();
            value.path("held_for").forEach(vendor -> vendors.add(vendor.asText()));
            heldFor.put(value.path("event_id").asText(), vendors);
            assertThat(value.path("original_encoding").asText()).isEqualTo(QuarantineSeal.ENCODING);

            // The reviewers' keyset opens the original with the record's lineage, and it is the input event.
            JsonNode lineage = value.path("lineage");
            byte[] original = seal.open(Base64.getDecoder().decode(value.path("original_value").asText()),
                    QuarantineSeal.Part.VALUE, lineage.path("source_topic").asText(), lineage.path("partition").asInt(),
                    lineage.path("offset").asLong());
            assertThat(original[0]).as("wire-format magic byte").isZero();
            assertThat(new String(original, StandardCharsets.UTF_8)).contains(value.path("event_id").asText());
        }
        ExpectedHolds holds = ExpectedHolds.load(SAMPLES.resolve("events.jsonl"), Path.of("topology/pipeline.yaml"));
        List<String> wrong = new ArrayList<>();
        for (JsonNode event : expected) {
            String id = event.path("event_id").asText();
            Set<String> vendors = holds.vendorsOf(id);
            Set<String> expectedHeld = holds.heldFor(id, event.path("planted"));
            Set<String> held = heldFor.getOrDefault(id, Set.of());
            Set<String> received = receivedBy.getOrDefault(id, Set.of());
            if (event.path("outcome").asText().equals("unrouted")) {
                expectedHeld = Set.of();
                if (!auditOutcome.get(id).equals("UNROUTED")) {
                    wrong.add(id + " expected UNROUTED but audit says " + auditOutcome.get(id));
                }
            }
            if (!held.equals(expectedHeld)) {
                wrong.add(id + " expected to be held for " + expectedHeld + " but was held for " + held);
            }
            Set<String> expectedReceived = new HashSet<>(vendors);
            expectedReceived.removeAll(held);
            if (!received.equals(expectedReceived)) {
                wrong.add(id + " expected to reach " + expectedReceived + " but reached " + received);
            }
        }
        assertThat(wrong).isEmpty();

        int withHeaders = 0;
        for (String file : List.of("vendor.northwind-labeling.annotations.jsonl",
                "vendor.atlas-annotate.annotations.jsonl")) {
            for (JsonNode record : readJsonLines(dump.resolve(file))) {
                List<String> headerNames = new ArrayList<>();
                record.path("headers").fieldNames().forEachRemaining(headerNames::add);
                assertThat(headerNames).contains("sluice-policy-version", "sluice-lineage-id")
                        .isSubsetOf("traceparent", "tracestate", "trace-id", "sluice-policy-version",
                                "sluice-lineage-id");
                withHeaders += headerNames.contains("traceparent") ? 1 : 0;
            }
        }
        assertThat(withHeaders).as("vendor records with a forwarded traceparent").isPositive();

        List<JsonNode> deadLetters = readJsonLines(dump.resolve("sluice.dead-letter.jsonl"));
        List<String> expectedReasons = new ArrayList<>();
        for (JsonNode payload : readJsonLines(SAMPLES.resolve("undecodable.jsonl"))) {
            expectedReasons.add(payload.path("expected_reason").asText());
        }
        expectedReasons.add("NULL_VALUE");
        assertThat(deadLetters).extracting(record -> record.path("headers").path("sluice.dead-letter.reason").asText())
                .containsExactlyInAnyOrderElementsOf(expectedReasons);
        assertThat(deadLetters).allSatisfy(record -> {
            assertThat(record.path("headers").path("sluice.dead-letter.source-topic").asText())
                    .isEqualTo("annotations.raw");
            assertThat(record.path("headers").path("sluice.dead-letter.source-offset").asText()).matches("[0-9]+");
        });
    }

    @Test
    void foreignEventsFileLeaksNoPlantedValue() throws Exception {
        List<String> planted = List.of("r.okafor@example.com", "+44 20 7946 0958", "4111 1111 1111 1111",
                "DE89 3704 0044 0532 0130 00", "078-05-1120", "203.0.113.57", "2001:db8:4f2a::8a2e:370:91c3");
        Path events = dump.resolve("events-from-elsewhere.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < planted.size(); i++) {
            lines.add(JSON.writeValueAsString(JSON.createObjectNode()
                    .put("event_id", "ext-" + i)
                    .put("event_type", "ANNOTATION")
                    .put("project", "multilingual-chat")
                    .put("created_at", "2026-10-01T08:00:00Z")
                    .put("prompt", "Customer detail: " + planted.get(i) + ", please follow up.")
                    .put("annotator_notes", "checked " + planted.get(i))));
        }
        Files.write(events, lines, StandardCharsets.UTF_8);
        Path out = dump.resolve("out");

        DemoSummary summary = new DemoRunner(new DemoOptions(events, out, true, false, -1),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

        assertThat(summary.recordsIn()).isEqualTo(planted.size());
        assertThat(summary.vendorRecords()).containsEntry("northwind-labeling", (long) planted.size());
        StringBuilder vendorText = new StringBuilder();
        for (String file : List.of("vendor.northwind-labeling.annotations.jsonl",
                "vendor.atlas-annotate.annotations.jsonl")) {
            for (JsonNode record : readJsonLines(out.resolve(file))) {
                appendText(record, vendorText);
            }
        }
        for (String value : planted) {
            assertThat(vendorText.toString()).doesNotContain(value);
        }
    }

    /**
     * Returns every decoded string of the vendor dumps (keys, values, headers), one per line, grouped by the event
     * id that the record's lineage header leads to, and fills {@code receivedBy} with the vendors of each event.
     * Fails when a vendor record has no lineage header, so no record goes unchecked.
     */
    private Map<String, String> vendorDumpsByEvent(Map<String, String> eventByLineage,
            Map<String, Set<String>> receivedBy) throws IOException {
        Map<String, StringBuilder> texts = new HashMap<>();
        try (var files = Files.list(dump)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("vendor.")).toList()) {
                String vendor = file.getFileName().toString().split("\\.")[1];
                for (JsonNode record : readJsonLines(file)) {
                    String lineage = record.path("headers").path("sluice-lineage-id").asText();
                    String id = eventByLineage.get(lineage);
                    assertThat(id).as("event of lineage %s in %s", lineage, file.getFileName()).isNotNull();
                    receivedBy.computeIfAbsent(id, key -> new HashSet<>()).add(vendor);
                    appendText(record, texts.computeIfAbsent(id, key -> new StringBuilder()));
                }
            }
        }
        Map<String, String> byEvent = new HashMap<>();
        texts.forEach((id, text) -> byEvent.put(id, text.toString()));
        return byEvent;
    }

    private static void appendText(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(node.textValue()).append('\n');
        }
        node.fieldNames().forEachRemaining(name -> text.append(name).append('\n'));
        node.forEach(child -> appendText(child, text));
    }

    /** Returns the seal of the reviewer keyset that the demo created next to the bundled policies. */
    private static QuarantineSeal reviewerSeal() {
        KeysetReference reference = new KeysetReference("file:" + DemoKeys.REVIEWER_KEYSET);
        return new QuarantineSeal(Primitives.sealingAead(
                reference.load(Path.of("topology"), Map.of(), KeyPurpose.QUARANTINE_SEAL), reference));
    }

    private static List<JsonNode> readJsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
