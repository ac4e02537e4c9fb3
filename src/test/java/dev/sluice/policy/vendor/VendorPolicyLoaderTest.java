package dev.sluice.policy.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.sluice.detection.FindingCategory;

class VendorPolicyLoaderTest {

    private static final String MINIMAL = """
            format: 1
            vendor: atlas-annotate
            version: "7"
            record_key: none
            fields:
              prompt: scan
            """;

    @Test
    void bundledPoliciesLoad() {
        VendorPolicy atlas = VendorPolicyLoader.load(Path.of("topology/policies/atlas-annotate.yaml"));
        VendorPolicy northwind = VendorPolicyLoader.load(Path.of("topology/policies/northwind-labeling.yaml"));

        assertThat(atlas.operatorFor("CREDIT_CARD")).isEqualTo(new OperatorSpec(OperatorKind.PARTIAL_MASK, 0, 4));
        assertThat(atlas.operatorFor("US_SSN").kind()).isEqualTo(OperatorKind.REPLACE);
        assertThat(atlas.quarantine().entityTypes()).contains("US_SSN");
        assertThat(northwind.pseudonymKeyset()).isPresent();
        assertThat(northwind.encryptionKeyset()).isEmpty();
    }

    @Test
    void minimalPolicyGetsSafeDefaults() {
        VendorPolicy policy = load(MINIMAL);

        assertThat(policy.defaultOperator().kind()).isEqualTo(OperatorKind.REPLACE);
        assertThat(policy.quarantine().categories())
                .containsExactlyInAnyOrder(FindingCategory.SECRET, FindingCategory.CONFIDENTIALITY_LABEL);
        assertThat(policy.deriveRecordKey()).isFalse();
        assertThat(policy.headers()).isEmpty();
    }

    @Test
    void unlistedFieldsAreDropped() {
        VendorPolicy policy = load(MINIMAL + "  messages[*].content: scan\n  messages: pass\n");

        assertThat(policy.actionFor(FieldPath.parse("prompt"))).isEqualTo(FieldAction.SCAN);
        assertThat(policy.actionFor(FieldPath.parse("messages").element().child("content")))
                .isEqualTo(FieldAction.SCAN);
        assertThat(policy.actionFor(FieldPath.parse("messages").element().child("role"))).isEqualTo(FieldAction.PASS);
        assertThat(policy.actionFor(FieldPath.parse("annotator_id"))).isEqualTo(FieldAction.DROP);
    }

    @Test
    void duplicateAndReservedHeadersAreRejected() {
        assertThatThrownBy(() -> load(MINIMAL + "headers: [traceparent, TraceParent, sluice-lineage-id]\n"))
                .hasMessageContaining("headers[1]: 'TraceParent' is listed twice")
                .hasMessageContaining("headers[2]: 'sluice-lineage-id' is a name Sluice reserves");
    }

    @Test
    void specificRuleWinsWhateverItsOrder() {
        VendorPolicy policy = load(MINIMAL + "  \"*\": pass\n  response: scan\n  metadata.*: pass\n"
                + "  metadata.temp: scan\n  a.*.c: drop\n  a.b.*: scan\n");

        assertThat(policy.actionFor(FieldPath.parse("response"))).isEqualTo(FieldAction.SCAN);
        assertThat(policy.actionFor(FieldPath.parse("language"))).isEqualTo(FieldAction.PASS);
        assertThat(policy.actionFor(FieldPath.parse("metadata.temp"))).isEqualTo(FieldAction.SCAN);
        assertThat(policy.actionFor(FieldPath.parse("metadata.channel"))).isEqualTo(FieldAction.PASS);
        assertThat(policy.actionFor(FieldPath.parse("a.b.c"))).isEqualTo(FieldAction.SCAN);
        assertThat(policy.actionFor(FieldPath.parse("a.x.c"))).isEqualTo(FieldAction.DROP);
    }

    @Test
    void everyProblemIsListedWithItsLine() {
        String yaml = """
                format: 1
                vendor: atlas-annotate
                version: "7"
                fields:
                  prompt: scrub
                  messages[0].content: scan
                entities:
                  CREDIT_CARD: {operator: partial_mask, keep_last: four}
                  EMAIL_ADDRESS: {operator: hash, keep_last: 2}
                  PHONE_NUMBER: mask
                quarantine:
                  categories: [confidentiality_label]
                """;

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("test.yaml:5: fields.prompt: 'scrub' is not valid; use one of [scan, pass, "
                        + "drop, hash, tokenize]")
                .hasMessageContaining("test.yaml:6: fields.messages[0].content: field path 'messages[0].content'")
                .hasMessageContaining("test.yaml:8: entities.CREDIT_CARD.keep_last: 'four' is not a count")
                .hasMessageContaining("test.yaml:9: entities.EMAIL_ADDRESS: keep_first and keep_last apply only to "
                        + "partial_mask, not to hash")
                .hasMessageContaining("test.yaml:10: entities.PHONE_NUMBER: 'mask' is not valid; use one of [replace, "
                        + "redact, partial_mask, hash, encrypt, surrogate]")
                .hasMessageContaining("quarantine.categories: secret must stay")
                .hasMessageContaining("keys.pseudonym is missing");
    }

    @Test
    void unknownKeyNamesLineAndValidKeys() {
        assertThatThrownBy(() -> load(MINIMAL + "colour: red\n"))
                .hasMessageContaining("test.yaml:7: unknown key 'colour'")
                .hasMessageContaining("fields");
    }

    @Test
    void encryptionNeedsItsKeyset() {
        String yaml = MINIMAL.replace("prompt: scan", "event_id: tokenize")
                + "keys: {pseudonym: 'env:P'}\n";

        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("keys.encryption is missing");
    }

    @Test
    void badKeysetReferenceIsReported() {
        assertThatThrownBy(() -> load(MINIMAL + "keys: {pseudonym: keys/p.json}\n"))
                .hasMessageContaining("keys.pseudonym: keyset reference 'keys/p.json' is invalid");
    }

    @Test
    void wrongFormatMissingVersionAndEmptyFieldsAreReported() {
        assertThatThrownBy(() -> load("format: 2\nvendor: a\nrecord_key: none\n"))
                .hasMessageContaining("format is 2; this release reads format 1")
                .hasMessageContaining("version is missing")
                .hasMessageContaining("fields is empty");
    }

    @Test
    void emptyAndMissingFilesAreReported() {
        assertThatThrownBy(() -> load("")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> VendorPolicyLoader.load(Path.of("no/such/policy.yaml")))
                .hasMessageContaining("not found");
    }

    @Test
    void duplicateKeyIsAnErrorNotAnOverride() {
        assertThatThrownBy(() -> load(MINIMAL + "  prompt: pass\n"))
                .hasMessageContaining("test.yaml:7: fields: Duplicate field 'prompt'");
    }

    @Test
    void valueOfTheWrongKindIsNamedInWords() {
        assertThatThrownBy(() -> load(MINIMAL + "thresholds: {phone: high}\n"))
                .hasMessageContaining("thresholds.phone: 'high' is not a number such as 0.7");
        assertThatThrownBy(() -> load(MINIMAL + "headers: traceparent\n"))
                .hasMessageContaining("headers: expected a list such as [a, b]");
    }

    @Test
    void thresholdOutOfRangeIsReported() {
        assertThatThrownBy(() -> load(MINIMAL + "thresholds: {phone: 2}\n"))
                .hasMessageContaining("thresholds.phone: threshold is 2.0; use a score from 0 to 1");
    }

    private static VendorPolicy load(String yaml) {
        return VendorPolicyLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
    }
}
