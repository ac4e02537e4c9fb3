package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GenericSecretDetectorTest {

    private static final DetectionEngine ENGINE = new DetectionEngine(DetectionSettings.defaults());

    @Test
    void tokenNearCredentialWordIsSecret() {
        String text = "The API token for staging is 4f8Kq2Zx9LmN0pR7sT3vW6yB1cD5eF8h, rotate it.";

        assertThat(found(text)).containsExactly("GENERIC_SECRET:4f8Kq2Zx9LmN0pR7sT3vW6yB1cD5eF8h");
    }

    @Test
    void findingExplainsItsValidator() {
        Finding finding = ENGINE.scan("the shared secret is Zt8qL3mW9xK2vB7nR4pJ6hD1fG5sA0cE").get(0);

        assertThat(finding.category()).isEqualTo(FindingCategory.SECRET);
        assertThat(finding.validator()).isEqualTo("entropy");
    }

    @Test
    void hexKeyAfterKeyWordIsSecret() {
        assertThat(found("use the signing key 9f86d081884c7d659a2feaa0c55ad015 for the webhook"))
                .containsExactly("GENERIC_SECRET:9f86d081884c7d659a2feaa0c55ad015");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the token expired yesterday, please request_id 9b2e4c1a-6f3d-4e8b-a1c2-7d5e9f0b3a64",
        "token for the UUID 9b2e4c1a-6f3d-4e8b-a1c2-7d5e9f0b3a64 was revoked",
        "key commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 landed",
        "secret sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "publishable key pk_live_5MuYueldmfshQ6OJBtjZMVUq is fine in the page",
        "key insight: configuration_management_service_v2 handles it",
        "the tokenizer splits 4f8Kq2Zx9LmN0pR7sT3vW6yB1cD5eF8h into pieces",
        "Token 4f8Kq2Zx9LmN0p is too short to be a key",
        "order 4f8Kq2Zx9LmN0pR7sT3vW6yB1cD5eF8h has no credential word"
    })
    void harmlessTokensAreNotSecrets(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void assignmentStaysWithPasswordDetector() {
        List<Finding> findings = ENGINE.scan("api_key=Zt8qL3mW9xK2vB7nR4pJ6hD1fG5sA0cE");

        assertThat(findings).extracting(Finding::detectorId).containsExactly("password");
    }

    private static List<String> found(String text) {
        return ENGINE.scan(text).stream().map(f -> f.entityType() + ":" + text.substring(f.start(), f.end())).toList();
    }
}
