package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Canadian SIN detector, on Luhn-valid numbers. */
class CaSinDetectorTest {

    private final CaSinDetector sin = new CaSinDetector();

    @Test
    void findsSpacedDashedAndBareNumbers() {
        String text = "SIN 130 482 938; SIN: 546-217-357; social insurance number 912345675";

        assertThat(Detections.of(sin, text)).containsExactly(
                "CA_SIN:130 482 938", "CA_SIN:546-217-357", "CA_SIN:912345675");
    }

    @Test
    void findsNumberAfterFrenchContext() {
        assertThat(Detections.texts(sin, "Mon NAS est 130 482 938.")).containsExactly("130 482 938");
        assertThat(Detections.texts(sin, "numéro d'assurance sociale 546217357")).containsExactly("546217357");
    }

    @Test
    void needsContextWordInCapitalsOrSpelledOut() {
        assertThat(Detections.of(sin, "order 130482938 shipped")).isEmpty();
        assertThat(Detections.of(sin, "since 130482938 and sin(x) 130482938")).isEmpty();
    }

    @Test
    void rejectsLuhnInvalidAndUnassignedFirstDigits() {
        // 046454286 and 846454288 pass Luhn, but 0 and 8 are not assigned as first digits.
        assertThat(Detections.of(sin, "SIN 130 482 939, SIN 046 454 286, SIN 846 454 288")).isEmpty();
    }

    @Test
    void rejectsMixedSeparatorsAndLongerNumbers() {
        assertThat(Detections.of(sin, "SIN 130-482 938, SIN 1304829381, SIN 130 482 938 1")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("SIN")) {
            assertThat(Detections.of(sin, text)).as(text).isEmpty();
        }
    }
}
