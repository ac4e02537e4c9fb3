package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Singapore NRIC and FIN detector, on numbers with computed check letters. */
class SgNricDetectorTest {

    private final SgNricDetector nric = new SgNricDetector();

    @Test
    void findsEachPrefix() {
        String text = "S1234567D, T0123456G, F7654321Q, G2345678N and M1234567K";

        assertThat(Detections.texts(nric, text)).containsExactly(
                "S1234567D", "T0123456G", "F7654321Q", "G2345678N", "M1234567K");
    }

    @Test
    void rejectsWrongCheckLetter() {
        assertThat(Detections.of(nric, "S1234567A T0123456D F7654321X M1234567X")).isEmpty();
    }

    @Test
    void rejectsOtherPrefixesAndLongerTokens() {
        assertThat(Detections.of(nric, "A1234567D, XS1234567D, S1234567DX, S12345678D, s1234567d")).isEmpty();
    }

    @Test
    void rejectsRepeatedDigits() {
        // The weighted sum of seven zeros is 0, which gives J for S.
        assertThat(Detections.of(nric, "S0000000J")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("NRIC")) {
            assertThat(Detections.of(nric, text)).as(text).isEmpty();
        }
    }
}
