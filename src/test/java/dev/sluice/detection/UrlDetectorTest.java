package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlDetectorTest {

    private static final DetectionEngine ENABLED = new DetectionEngine(new DetectionSettings(List.of(), List.of(),
            DetectionSettings.DEFAULT_PHONE_REGIONS, new DetectionRules(List.of(), List.of(), List.of(), List.of(),
                    List.of(), Map.of("url", new DetectorTuning(0.4, List.of(), List.of(), List.of())))));

    @Test
    void urlsAreOffUnlessTheThresholdIsLowered() {
        String text = "Docs: https://docs.example.com/guide?page=2";

        assertThat(new DetectionEngine(DetectionSettings.defaults()).scan(text)).isEmpty();
        assertThat(found(text)).containsExactly("URL:https://docs.example.com/guide?page=2");
    }

    @Test
    void sentencePunctuationAndClosingParenthesisStayOutside() {
        assertThat(found("See https://example.com/a/b. Also (https://example.org/x), and ftp://files.example.net/r!"))
                .containsExactly("URL:https://example.com/a/b", "URL:https://example.org/x",
                        "URL:ftp://files.example.net/r");
    }

    @Test
    void parenthesesOpenedInsideAreKept() {
        assertThat(found("wiki https://en.example.org/wiki/Kafka_(software) page"))
                .containsExactly("URL:https://en.example.org/wiki/Kafka_(software)");
    }

    @Test
    void nestedUrlIsPartOfTheOuterOne() {
        assertThat(found("go https://r.example.com/out?u=https://example.net/p now"))
                .containsExactly("URL:https://r.example.com/out?u=https://example.net/p");
    }

    @Test
    void unknownOrGluedSchemesAreNoUrls() {
        assertThat(found("std::string, c://temp, xhttps://example.com, file:///etc/hosts and settings.local.json"))
                .isEmpty();
    }

    @Test
    void urlEndsAtCjkPunctuation() {
        assertThat(found("詳細はhttps://example.jp/docs。ありがとう")).containsExactly("URL:https://example.jp/docs");
    }

    @Test
    void longTokenWithoutBreaksIsReadOnce() {
        String text = "a".repeat(800_000) + " see https://example.com/" + "b".repeat(10_000) + "://x";

        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> found(text));

        assertThat(found).hasSize(1);
    }

    private static List<String> found(String text) {
        return ENABLED.scan(text).stream().map(f -> f.entityType() + ":" + text.substring(f.start(), f.end()))
                .toList();
    }
}
