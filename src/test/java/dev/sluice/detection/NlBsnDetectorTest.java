package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Dutch BSN detector, on numbers that pass the eleven test. */
class NlBsnDetectorTest {

    private final NlBsnDetector bsn = new NlBsnDetector();

    @Test
    void findsBareAndDottedNumbers() {
        assertThat(Detections.of(bsn, "BSN 113962459, burgerservicenummer 1215.47.280"))
                .containsExactly("NL_BSN:113962459", "NL_BSN:1215.47.280");
    }

    @Test
    void needsContextWord() {
        assertThat(Detections.of(bsn, "factuur 113962459 betaald")).isEmpty();
        assertThat(Detections.of(bsn, "BSNL 113962459")).isEmpty();
    }

    @Test
    void rejectsFailedElevenTestAndZeros() {
        assertThat(Detections.of(bsn, "BSN 113962458, BSN 000000000")).isEmpty();
    }

    @Test
    void rejectsMixedSeparatorsAndLongerNumbers() {
        assertThat(Detections.of(bsn, "BSN 1139.62459, BSN 1139629459, BSN 1.113962459")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("BSN")) {
            assertThat(Detections.of(bsn, text)).as(text).isEmpty();
        }
    }
}
