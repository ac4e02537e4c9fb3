package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnDetectorTest {

    private final UsSsnDetector detector = new UsSsnDetector();

    @ParameterizedTest
    @ValueSource(strings = {"123-45-6789", "123 45 6789", "123.45.6789", "899-12-3456"})
    void findsSsn(String ssn) {
        assertThat(Detections.of(detector, "SSN " + ssn + ".")).containsExactly("US_SSN:" + ssn);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000", "123456789",
        "123-45.6789", "1123-45-6789", "123-45-67890", "9-123-45-6789", "123-45-6789-1"
    })
    void ignoresNonSsn(String candidate) {
        assertThat(Detections.of(detector, "id " + candidate + " end")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-", "1.1.1."})
    void staysLinearOnSoup(String unit) {
        assertThat(Detections.of(detector, unit.repeat(8_000))).isEmpty();
    }
}
