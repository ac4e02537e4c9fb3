package dev.sluice.redaction.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.Mac;
import com.google.re2j.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import dev.sluice.avro.AnnotationEvent;
import dev.sluice.avro.EventType;
import dev.sluice.avro.Message;
import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionSettings;
import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;
import dev.sluice.policy.projection.SchemaProjection;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.policy.vendor.VendorPolicyLoader;

class VendorRedactorTest {

    private static final DetectionEngine ENGINE = new DetectionEngine(DetectionSettings.defaults());
    private static final KeysetReference TEST_KEYS = new KeysetReference("env:TEST");

    private static final String POLICY = """
            format: 1
            vendor: atlas-annotate
            version: "9"
            keys: {pseudonym: 'env:P', encryption: 'env:E'}
            fields:
              event_id: tokenize
              project: pass
              prompt: scan
              messages[*].content: scan
              annotator_id: hash
              metadata.channel: pass
            entities:
              default: replace
              CREDIT_CARD: {operator: partial_mask, keep_last: 4}
              EMAIL_ADDRESS: surrogate
              PHONE_NUMBER: hash
            quarantine:
              categories: [secret, confidentiality_label]
              entity_types: [US_SSN]
              max_findings: 5
            thresholds:
              phone: 0.95
            """;

    private final VendorPolicy policy = VendorPolicyLoader.load(POLICY.getBytes(StandardCharsets.UTF_8), "t.yaml");
    private final Schema projected = SchemaProjection.project(AnnotationEvent.getClassSchema(), policy);
    private final Mac atlasMac = mac();
    private final DeterministicAead atlasSiv = siv();
    private final VendorRedactor atlas = redactor(atlasMac, atlasSiv);

    @Test
    void projectsAndMasksEachFieldAsThePolicySays() {
        VendorRecord record = atlas.redact(event("Card 4111 1111 1111 1111, mail ana.silva@example.com.",
                "call me on +1 312-555-0187"), projected);
        GenericRecord value = record.value();

        assertThat(value.getSchema().getFields()).extracting(Schema.Field::name)
                .containsExactly("event_id", "project", "prompt", "messages", "annotator_id", "metadata");
        String prompt = value.get("prompt").toString();
        assertThat(prompt).startsWith("Card **** **** **** 1111, mail ").doesNotContain("ana.silva");
        assertThat(Pattern.compile("[a-z]+\\.[a-z]+[0-9]{2}@example\\.(com|org|net)").matcher(prompt).find())
                .isTrue();
        String content = ((GenericRecord) ((List<?>) value.get("messages")).get(0)).get("content").toString();
        assertThat(content).matches("call me on <PHONE_NUMBER#[0-9a-f]{20}>");
        assertThat(value.get("project").toString()).isEqualTo("helpdesk-rlhf");
        assertThat(((Map<?, ?>) value.get("metadata")).keySet()).extracting(Object::toString)
                .containsExactly("channel");
        assertThat(record.quarantined()).isFalse();
    }

    @Test
    void wholeFieldsAreTokenizedAndHashed() {
        GenericRecord value = atlas.redact(event("hello", "hi"), projected).value();

        String token = value.get("event_id").toString();
        assertThat(token).startsWith("<EVENT_ID!");
        assertThat(new dev.sluice.redaction.operator.DeterministicEncryptionOperator(atlasSiv).decrypt(token))
                .isEqualTo("evt-1");
        assertThat(value.get("annotator_id").toString()).matches("<ANNOTATOR_ID#[0-9a-f]{20}>");
    }

    @Test
    void pseudonymsAreStableAcrossRecordsAndDifferBetweenVendors() {
        VendorRedactor northwind = redactor(mac(), siv());

        String first = atlas.redact(event("x", "ring +1 312-555-0187"), projected).value().get("annotator_id")
                .toString();
        String second = atlas.redact(event("y", "z"), projected).value().get("annotator_id").toString();
        String other = northwind.redact(event("x", "z"), projected).value().get("annotator_id").toString();

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void quarantineRulesOfThePolicyApply() {
        assertThat(atlas.redact(event("SSN 078-05-1120 on file", "ok"), projected).quarantined()).isTrue();
        assertThat(atlas.redact(event("key AKIAIOSFODNN7EXAMPLE", "ok"), projected).quarantined()).isTrue();
        assertThat(atlas.redact(event("a@example.com b@example.com c@example.com d@example.com e@example.com "
                + "f@example.com", "ok"), projected).quarantined()).isTrue();
    }

    @Test
    void findingsBelowTheVendorThresholdAreNotMaskedOrCounted() {
        VendorRecord record = atlas.redact(event("The number on file is 312-555-0187.", "ok"), projected);

        assertThat(record.value().get("prompt").toString()).contains("312-555-0187");
        assertThat(record.findings()).isEmpty();
    }

    @Test
    void headersThePolicyForwardsAreScannedAndTheOthersLeftOut() {
        VendorPolicy withHeaders = VendorPolicyLoader.load(POLICY.replace("fields:", "headers: [x-note]\nfields:")
                .getBytes(StandardCharsets.UTF_8), "t.yaml");
        VendorRedactor redactor = new VendorRedactor(withHeaders, ENGINE::scan,
                new VendorOperators(Optional.of(atlasMac), Optional.of(atlasSiv)));

        VendorRecord record = redactor.redact(event("ok", "ok"), projected, List.of(
                Map.entry("X-Note", "key AKIAIOSFODNN7EXAMPLE"), Map.entry("x-user", "ana@example.com")));

        assertThat(record.headers()).containsExactly(Map.entry("X-Note", "key <AWS_ACCESS_KEY_1>"));
        assertThat(record.findings()).extracting(found -> found.fieldPath()).containsExactly("headers.x-note");
        assertThat(record.quarantined()).isTrue();
    }

    @Test
    void nameFoundInOneFieldIsMaskedInTheOthers() {
        VendorPolicy placeholders = VendorPolicyLoader.load(POLICY.replace("EMAIL_ADDRESS: surrogate", "PERSON: replace")
                .getBytes(StandardCharsets.UTF_8), "t.yaml");
        VendorRedactor redactor = new VendorRedactor(placeholders, ENGINE::scan,
                new VendorOperators(Optional.of(atlasMac), Optional.of(atlasSiv)));

        VendorRecord record = redactor.redact(event("Thanks Marisol, that helps", "Hi, my name is Marisol"),
                projected);

        assertThat(record.value().get("prompt").toString()).isEqualTo("Thanks <PERSON_1>, that helps");
        GenericRecord message = (GenericRecord) ((List<?>) record.value().get("messages")).get(0);
        assertThat(message.get("content").toString()).isEqualTo("Hi, my name is <PERSON_1>");
    }

    @Test
    void fixedTextWithFindingsHoldsTheRecordBack() {
        Schema schema = SchemaBuilder.record("Ticket").fields()
                .name("code").type().fixed("Code").size(16).noDefault()
                .name("digest").type().fixed("Digest").size(4).noDefault()
                .endRecord();
        VendorPolicy scanBoth = VendorPolicyLoader.load("""
                format: 1
                vendor: v
                version: "1"
                record_key: none
                fields: {code: scan, digest: scan}
                """.getBytes(StandardCharsets.UTF_8), "t.yaml");
        VendorRedactor redactor = new VendorRedactor(scanBoth, ENGINE::scan, new VendorOperators(Optional.empty(),
                Optional.empty()));
        GenericData.Record ticket = new GenericData.Record(schema);
        ticket.put("digest", new GenericData.Fixed(schema.getField("digest").schema(), new byte[] {-1, 0, -2, 7}));

        ticket.put("code", new GenericData.Fixed(schema.getField("code").schema(),
                "ana@example.com ".getBytes(StandardCharsets.UTF_8)));
        VendorRecord withEmail = redactor.redact(ticket, SchemaProjection.project(schema, scanBoth));
        ticket.put("code", new GenericData.Fixed(schema.getField("code").schema(),
                "plain ticket 042".getBytes(StandardCharsets.UTF_8)));
        VendorRecord plain = redactor.redact(ticket, SchemaProjection.project(schema, scanBoth));

        assertThat(withEmail.quarantined()).isTrue();
        assertThat(withEmail.unscannable()).extracting(field -> field.fieldPath()).containsExactly("code");
        assertThat(plain.quarantined()).isFalse();
    }

    private VendorRedactor redactor(Mac mac, DeterministicAead aead) {
        return new VendorRedactor(policy, ENGINE::scan, new VendorOperators(Optional.of(mac), Optional.of(aead)));
    }

    private static AnnotationEvent event(String prompt, String message) {
        return AnnotationEvent.newBuilder()
                .setEventId("evt-1")
                .setEventType(EventType.PROMPT)
                .setProject("helpdesk-rlhf")
                .setCreatedAt(Instant.parse("2026-11-03T14:22:05Z"))
                .setPrompt(prompt)
                .setMessages(List.of(new Message("user", message)))
                .setLabels(List.of())
                .setAnnotatorId("annotator-417")
                .setMetadata(Map.of("channel", "chat", "crm_note", "VIP, call 312-555-0164"))
                .build();
    }

    private static Mac mac() {
        return Primitives.pseudonymMac(KeyPurpose.PSEUDONYM.generate(), TEST_KEYS);
    }

    private static DeterministicAead siv() {
        return Primitives.deterministicAead(KeyPurpose.DETERMINISTIC_ENCRYPTION.generate(), TEST_KEYS);
    }
}
