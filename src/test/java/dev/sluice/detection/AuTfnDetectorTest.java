package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Australian TFN detector, on numbers that pass the weighted mod-11 check. */
class AuTfnDetectorTest {

    private final AuTfnDetector tfn = new AuTfnDetector();

    @Test
    void findsSpacedDashedAndBareNumbers() {
        String text = "TFN 124 264 628; tax file number: 102-516-780; my tfn is 183740718";

        assertThat(Detections.of(tfn, text)).containsExactly(
                "AU_TFN:124 264 628", "AU_TFN:102-516-780", "AU_TFN:183740718");
    }

    @Test
    void needsContextWord() {
        assertThat(Detections.of(tfn, "invoice 124264628 paid")).isEmpty();
    }

    @Test
    void rejectsFailedCheckAndRepeatedDigits() {
        assertThat(Detections.of(tfn, "TFN 124 264 629, TFN 000000000, TFN 999 999 999")).isEmpty();
    }

    @Test
    void rejectsMixedSeparatorsAndLongerNumbers() {
        assertThat(Detections.of(tfn, "TFN 124 264-628, TFN 1242646281, TFN 124 264 628 9")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("TFN")) {
            assertThat(Detections.of(tfn, text)).as(text).isEmpty();
        }
    }
}
