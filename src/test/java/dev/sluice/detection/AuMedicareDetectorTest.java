package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Australian Medicare number detector, on numbers with computed check digits. */
class AuMedicareDetectorTest {

    private final AuMedicareDetector medicare = new AuMedicareDetector();

    @Test
    void findsGroupedAndBareNumbers() {
        assertThat(Detections.of(medicare, "Medicare card 2123 45670 1; medicare no. 3987654352"))
                .containsExactly("AU_MEDICARE:2123 45670 1", "AU_MEDICARE:3987654352");
    }

    @Test
    void needsContextWord() {
        assertThat(Detections.of(medicare, "invoice 2123456701 paid")).isEmpty();
    }

    @Test
    void rejectsInvalidDigits() {
        assertThat(Detections.of(medicare, "Medicare 2123456711, Medicare 7123456701, Medicare 2123456700")).isEmpty();
    }

    @Test
    void rejectsMixedSpacingAndLongerNumbers() {
        assertThat(Detections.of(medicare, "Medicare 2123 456701, Medicare 21234567019, Medicare 12123456701"))
                .isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("Medicare")) {
            assertThat(Detections.of(medicare, text)).as(text).isEmpty();
        }
    }
}
