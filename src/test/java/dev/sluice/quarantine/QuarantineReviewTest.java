package dev.sluice.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.crypto.tink.KeysetHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sluice.avro.Lineage;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.keys.KeysetReference;
import dev.sluice.quarantine.QuarantineReviewException.Cause;
import dev.sluice.schemaregistry.MockSchemaRegistry;

class QuarantineReviewTest {

    private static final String SCOPE = "quarantine-review-test";

    private final QuarantineFixture fixture = new QuarantineFixture("mock://" + SCOPE);
    private final KeysetHandle reviewers = QuarantineFixture.newKeyset();
    private final QuarantineSeal seal = QuarantineFixture.sealOf(reviewers);

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void sealedRecordOpensWithReviewerKeyset() {
        byte[] value = fixture.encode(fixture.sealed(seal, QuarantineFixture.originalKey(), QuarantineFixture.LINEAGE));

        ReviewedRecord reviewed = review(reviewers).review(value);

        assertThat(reviewed.originalState()).isEqualTo(OriginalState.OPENED);
        assertThat(new String(reviewed.originalKey(), StandardCharsets.UTF_8)).isEqualTo(QuarantineFixture.EVENT_ID);
        assertThat(reviewed.originalValue().get("prompt").toString()).isEqualTo(QuarantineFixture.PROMPT);
        assertThat(reviewed.valueSchemaId()).isPositive();
        assertThat(reviewed.record().getVerdict().name()).isEqualTo("SECRET");
        assertThat(reviewed.record().getHeldFor()).containsExactly("atlas-annotate", "northwind-labeling");
    }

    @Test
    void sealedRecordStaysSealedWithoutKeyset() {
        byte[] value = fixture.encode(fixture.sealed(seal, QuarantineFixture.originalKey(), QuarantineFixture.LINEAGE));

        ReviewedRecord reviewed = QuarantineReview.create(fixture.serdeSettings(), null).review(value);

        assertThat(reviewed.originalState()).isEqualTo(OriginalState.SEALED);
        assertThat(reviewed.showsOriginal()).isFalse();
        assertThat(reviewed.originalKey()).isNull();
        assertThat(reviewed.record().getReasons()).hasSize(2);
    }

    @Test
    void recordWithoutKeyOpensValueOnly() {
        byte[] value = fixture.encode(fixture.sealed(seal, null, QuarantineFixture.LINEAGE));

        ReviewedRecord reviewed = review(reviewers).review(value);

        assertThat(reviewed.originalState()).isEqualTo(OriginalState.OPENED);
        assertThat(reviewed.originalKey()).isNull();
        assertThat(reviewed.originalValue().get("event_id").toString()).isEqualTo(QuarantineFixture.EVENT_ID);
    }

    @Test
    void otherKeysetIsWrongKeyset() {
        byte[] value = fixture.encode(fixture.sealed(seal, QuarantineFixture.originalKey(), QuarantineFixture.LINEAGE));
        QuarantineReview other = review(QuarantineFixture.newKeyset());

        assertThatThrownBy(() -> other.review(value))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.WRONG_KEYSET))
                .hasMessageContaining("which keyset env:REVIEWERS does not contain")
                .hasMessageNotContaining("ana.silva");
    }

    @Test
    void changedLineageIsLineageMismatch() {
        Lineage sealedFor = new Lineage(QuarantineFixture.INPUT_TOPIC, 3, 1208L, QuarantineFixture.LINEAGE.getTimestamp());
        byte[] value = fixture.encode(fixture.sealed(seal, QuarantineFixture.originalKey(), sealedFor));

        assertThatThrownBy(() -> review(reviewers).review(value))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.LINEAGE_MISMATCH))
                .hasMessageContaining("topic annotations.raw, partition 3, offset 1207");
    }

    @Test
    void omittedOriginalIsReportedAsNotKept() {
        QuarantineRecord record = QuarantineFixture.clearPart()
                .setOriginalKey(null)
                .setOriginalValue(ByteBuffer.allocate(0))
                .setOriginalEncoding(QuarantineSeal.OMITTED)
                .build();

        ReviewedRecord reviewed = review(reviewers).review(fixture.encode(record));

        assertThat(reviewed.originalState()).isEqualTo(OriginalState.OMITTED);
        assertThat(reviewed.showsOriginal()).isFalse();
        assertThat(reviewed.originalState().description()).contains("not kept");
    }

    @Test
    void clearLegacyOriginalDecodesWithoutKeyset() {
        QuarantineRecord record = QuarantineFixture.clearPart()
                .setOriginalKey(ByteBuffer.wrap(QuarantineFixture.originalKey()))
                .setOriginalValue(ByteBuffer.wrap(fixture.originalValue()))
                .setOriginalEncoding(QuarantineReview.CLEAR_ENCODING)
                .build();

        ReviewedRecord reviewed = QuarantineReview.create(fixture.serdeSettings(), null).review(fixture.encode(record));

        assertThat(reviewed.originalState()).isEqualTo(OriginalState.CLEAR);
        assertThat(reviewed.originalValue().get("prompt").toString()).isEqualTo(QuarantineFixture.PROMPT);
        assertThat(reviewed.originalState().description()).contains("not sealed");
    }

    @Test
    void truncatedSealIsCorrupt() {
        QuarantineRecord record = QuarantineFixture.clearPart()
                .setOriginalValue(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6}))
                .setOriginalEncoding(QuarantineSeal.ENCODING)
                .build();

        assertThatThrownBy(() -> review(reviewers).review(fixture.encode(record)))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.CORRUPT_SEAL))
                .hasMessageContaining("6 bytes");
    }

    @Test
    void sealWithoutTinkPrefixIsCorrupt() {
        QuarantineRecord sealed = fixture.sealed(seal, null, QuarantineFixture.LINEAGE);
        byte[] ciphertext = bytes(sealed.getOriginalValue());
        ciphertext[0] = 0x7F;
        sealed.setOriginalValue(ByteBuffer.wrap(ciphertext));

        assertThatThrownBy(() -> review(reviewers).review(fixture.encode(sealed)))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.CORRUPT_SEAL))
                .hasMessageContaining("key id prefix");
    }

    @Test
    void flippedCiphertextByteDoesNotOpen() {
        QuarantineRecord sealed = fixture.sealed(seal, null, QuarantineFixture.LINEAGE);
        byte[] ciphertext = bytes(sealed.getOriginalValue());
        ciphertext[ciphertext.length - 1] ^= 0x01;
        sealed.setOriginalValue(ByteBuffer.wrap(ciphertext));

        assertThatThrownBy(() -> review(reviewers).review(fixture.encode(sealed)))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.LINEAGE_MISMATCH))
                .hasMessageContaining("sealed bytes are corrupt");
    }

    @Test
    void sealedNonAvroOriginalFails() {
        byte[] notAvro = "plain text, not Avro".getBytes(StandardCharsets.UTF_8);
        QuarantineRecord record = QuarantineFixture.clearPart()
                .setOriginalValue(ByteBuffer.wrap(seal.seal(notAvro, QuarantineSeal.Part.VALUE,
                        QuarantineFixture.INPUT_TOPIC, 3, 1207L)))
                .setOriginalEncoding(QuarantineSeal.ENCODING)
                .build();

        assertThatThrownBy(() -> review(reviewers).review(fixture.encode(record)))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.UNDECODABLE_ORIGINAL))
                .hasMessageContaining("does not decode")
                .hasMessageNotContaining("plain text");
    }

    @Test
    void corruptQuarantineValueIsNoQuarantineRecord() {
        byte[] value = fixture.encode(fixture.sealed(seal, null, QuarantineFixture.LINEAGE));
        byte[] truncated = java.util.Arrays.copyOf(value, value.length / 2);

        assertThatThrownBy(() -> review(reviewers).review(truncated))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.NOT_A_QUARANTINE_RECORD));
        assertThatThrownBy(() -> review(reviewers).review(null))
                .hasMessageContaining("tombstone");
    }

    @Test
    void unknownSchemaIdBlamesTheRegistry() {
        byte[] value = fixture.encode(fixture.sealed(seal, null, QuarantineFixture.LINEAGE));
        byte[] otherId = value.clone();
        otherId[1] = 0x7F;

        assertThatThrownBy(() -> review(reviewers).review(otherId))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.REGISTRY))
                .hasMessageContaining("check that schema.registry.url points at the registry");
    }

    @Test
    void unknownEncodingIsRejected() {
        QuarantineRecord record = QuarantineFixture.clearPart()
                .setOriginalValue(ByteBuffer.allocate(0))
                .setOriginalEncoding("tink-aes-gcm-v2+confluent-avro")
                .build();

        assertThatThrownBy(() -> review(reviewers).review(fixture.encode(record)))
                .isInstanceOfSatisfying(QuarantineReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cause.UNKNOWN_ENCODING))
                .hasMessageContaining("'tink-aes-gcm-v2+confluent-avro'");
    }

    @Test
    void jsonShowsBinaryKeyAsBase64() {
        byte[] binaryKey = {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF};
        byte[] value = fixture.encode(fixture.sealed(seal, binaryKey, QuarantineFixture.LINEAGE));

        JsonNode json = ReviewJson.toJson(review(reviewers).review(value), QuarantineFixture.QUARANTINE_TOPIC, 0, 5L);

        assertThat(json.path("original").path("key").asText()).isEqualTo("wygA/w==");
        assertThat(json.path("original").path("key_encoding").asText()).isEqualTo(ReviewJson.KEY_BASE64);
        assertThat(json.path("original").path("state").asText()).isEqualTo("opened");
        assertThat(json.path("original").path("value").path("prompt").asText()).isEqualTo(QuarantineFixture.PROMPT);
        assertThat(json.path("original").path("value").path("created_at").asText()).isEqualTo("2026-11-03T14:20:00Z");
        assertThat(json.path("lineage").path("offset").asLong()).isEqualTo(1207L);
        assertThat(json.path("lineage").path("timestamp").asText()).isEqualTo("2026-11-03T14:22:05Z");
        assertThat(json.path("quarantine").path("offset").asLong()).isEqualTo(5L);
        assertThat(json.path("reasons").get(0).path("entity_type").asText()).isEqualTo("AWS_ACCESS_KEY");
    }

    @Test
    void keysetWithRotatedKeyOpensOldRecords() throws Exception {
        byte[] value = fixture.encode(fixture.sealed(seal, null, QuarantineFixture.LINEAGE));
        KeysetHandle rotated = KeysetHandle.newBuilder(reviewers)
                .addEntry(KeysetHandle.generateEntryFromParameters(
                        com.google.crypto.tink.aead.PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                .build();

        ReviewedRecord reviewed = review(rotated).review(value);

        assertThat(reviewed.originalState()).isEqualTo(OriginalState.OPENED);
        assertThat(reviewed.record().getQuarantinedAt()).isEqualTo(Instant.parse("2026-11-03T14:22:06Z"));
    }

    private QuarantineReview review(KeysetHandle keyset) {
        return QuarantineReview.create(fixture.serdeSettings(),
                ReviewerKeyset.of(keyset, new KeysetReference("env:REVIEWERS")));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }
}
