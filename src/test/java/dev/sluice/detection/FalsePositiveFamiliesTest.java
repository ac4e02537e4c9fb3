package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text from the families that detectors commonly mistake for personal data or secrets: timestamps, versions, UUIDs,
 * hashes, order and ticket numbers, dates, CSS and numeric literals, and base64 that is not a credential. The whole
 * engine must find nothing in any of them.
 */
class FalsePositiveFamiliesTest {

    private static final DetectionEngine ENGINE = new DetectionEngine(DetectionSettings.defaults());

    static Stream<Arguments> harmlessText() {
        return Stream.of(
                family("epoch timestamp", "job 7731 finished at 1767225673519 (epoch ms)"),
                family("epoch timestamp", "\"ts\": 1733356800, \"ts_ms\": 1733356800123, \"ts_ns\": 1733356800123456789"),
                family("version string", "labeler v2.9.0 failed to start; upgraded to 4.12.1-rc.2"),
                family("version string", "## [1.91.2.0] - 2026-09-02 Bumped VERSION to 1.91.2.0"),
                family("version string", "User-Agent: Mozilla/5.0 Chrome/120.0.6099.109 Safari/537.36"),
                family("UUID", "request_id=9b2e4c1a-6f3d-4e8b-a1c2-7d5e9f0b3a64 returned 502"),
                family("UUID", "trace {3F2504E0-4F89-11D3-9A0C-0305E82C3301} and 550e8400e29b41d4a716446655440000"),
                family("hash", "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 matched"),
                family("hash", "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904, md5 d41d8cd98f00b204e9800998ecf8427e"),
                family("hash", "image digest sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
                family("order number", "Order 00418273695 shipped on time, PO-2026-000417 and INV-48213 are paid."),
                family("ticket number", "Ticket #88213 was merged into #88214 on sprint 42."),
                family("ISO date", "Run started 2026-09-02T18:00:00Z and ended 2026-09-03 04:15:07+02:00 (20260903)."),
                family("CSS literal", ".btn { color: #ff00ff; margin: 0 0 12px 4px; background: rgba(0, 0, 0, 0.5); }"),
                family("numeric literal", "const eps = 1e-10, pi = 3.14159265358979, max = 0x7fffffff; total 1,234,567.89"),
                family("numeric literal", "matrix [[0.125, 0.250], [0.375, 0.500]] and ratio 3.14 over threshold 0.95"),
                family("base64 blob", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                        + "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
                family("base64 blob", "\"thumbnail\": \"R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("harmlessText")
    void engineFindsNothing(String family, String text) {
        List<String> found = ENGINE.scan(text).stream()
                .map(f -> f.entityType() + ":" + text.substring(f.start(), f.end())).toList();

        assertThat(found).as(family).isEmpty();
    }

    private static Arguments family(String name, String text) {
        return Arguments.of(name, text);
    }
}
