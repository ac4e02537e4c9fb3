package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Australian ABN detector, on numbers that pass the weighted mod-89 check. */
class AuAbnDetectorTest {

    private final AuAbnDetector abn = new AuAbnDetector();

    @Test
    void findsGroupedAndBareNumbers() {
        assertThat(Detections.of(abn, "ABN 73 569 568 058, Australian Business Number 31023281556"))
                .containsExactly("AU_ABN:73 569 568 058", "AU_ABN:31023281556");
    }

    @Test
    void needsContextWord() {
        assertThat(Detections.of(abn, "Steuer-ID 73 569 568 058 and order 31023281556")).isEmpty();
    }

    @Test
    void rejectsFailedCheck() {
        assertThat(Detections.of(abn, "ABN 73 569 568 059, ABN 31023281557")).isEmpty();
    }

    @Test
    void rejectsMixedSpacingAndLongerNumbers() {
        assertThat(Detections.of(abn, "ABN 73 569568 058, ABN 731569568058, ABN 73 569 568 058 1")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("ABN")) {
            assertThat(Detections.of(abn, text)).as(text).isEmpty();
        }
    }
}
