package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class TextProfileTest {

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end).thenComparing(Finding::entityType).thenComparing(Finding::detectorId);

    private final DetectionEngine engine = new DetectionEngine(new DetectionSettings(List.of("Kestrel"),
            List.of("ACME CONFIDENTIAL"), DetectionSettings.DEFAULT_PHONE_REGIONS));

    @Test
    void skippingNeverLosesFindingsOnCases() throws IOException {
        for (String text : caseInputs()) {
            assertThat(engine.scanAll(text)).as(text).isEqualTo(withoutProfile(text));
        }
    }

    @Test
    void skippingNeverLosesFindingsOnRandomText() {
        Random random = new Random(20261204);
        String[] pieces = {"a", "Z", "7", "0", " ", ".", ":", "-", "@", "/", "+", "_", "=", "eyJ", "gh", "AKIA",
            "aws_secret_key=", "-----BEGIN RSA PRIVATE KEY-----", "ghp_", "DE", "89", "ü", "\uD83D\uDE00", "Kestrel",
            "glpat-", "xoxb-1-", "sk_live_", "AIza", "sk-", "sk-ant-api03-", "AccountKey=", "sig=", "sv=", "se=",
            "Bearer ", "Basic ", "ZGVwbG95OlhxOS1MbTRwei03Nw==", "912-70-", "JG", "5016 6131 8603", "ABCPE",
            "1A:2B:", "001a.", "bc1q", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "16nUHaFQ5FVqPgHJ9S8WV37c6twdyiwJqH"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(engine.scanAll(text.toString())).as(text.toString()).isEqualTo(withoutProfile(text.toString()));
        }
    }

    @Test
    void profileCountsCharacters() {
        TextProfile profile = TextProfile.of("Mail A.B@x.example at 10:30, call 555-0142");

        assertThat(profile.digits()).isEqualTo(11);
        assertThat(profile.upperCaseLetters()).isEqualTo(3);
        assertThat(profile.dots()).isEqualTo(2);
        assertThat(profile.colons()).isEqualTo(1);
        assertThat(profile.hasAt()).isTrue();
        assertThat(profile.containsIgnoreCase("mail")).isTrue();
        assertThat(profile.containsIgnoreCase("aws")).isFalse();
    }

    private List<Finding> withoutProfile(String text) {
        List<Finding> findings = new ArrayList<>();
        NormalizedText normalized = NormalizedText.of(text);
        for (Detector detector : engine.detectors()) {
            detector.detect(normalized.text(), findings);
        }
        normalized.mapToOriginal(findings);
        findings.sort(ORDER);
        return findings;
    }

    private static List<String> caseInputs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> inputs = new ArrayList<>();
        try (InputStream in = TextProfileTest.class.getResourceAsStream("/detection/cases.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    if (node.path("input").isTextual()) {
                        inputs.add(node.path("input").asText());
                    }
                }
            }
        }
        return inputs;
    }
}
