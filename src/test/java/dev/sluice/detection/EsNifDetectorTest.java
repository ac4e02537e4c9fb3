package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Spanish NIF detector, on numbers with check letters computed mod 23. */
class EsNifDetectorTest {

    private final EsNifDetector nif = new EsNifDetector();

    @Test
    void findsCompactAndDashedNumbers() {
        assertThat(Detections.of(nif, "DNI 12345678Z, NIF 48213577-B y 48213577 B."))
                .containsExactly("ES_NIF:12345678Z", "ES_NIF:48213577-B", "ES_NIF:48213577 B");
    }

    @Test
    void findsNumberWithoutContextWord() {
        assertThat(Detections.texts(nif, "ficha 48213577B actualizada")).containsExactly("48213577B");
    }

    @Test
    void rejectsWrongCheckLetter() {
        assertThat(Detections.of(nif, "12345678A 48213577C")).isEmpty();
    }

    @Test
    void rejectsRepeatedDigitsThatPassTheCheck() {
        // 0 mod 23 gives T, so 00000000T passes the letter check.
        assertThat(Detections.of(nif, "00000000T")).isEmpty();
    }

    @Test
    void rejectsLowerCaseLetterAndLongerTokens() {
        assertThat(Detections.of(nif, "12345678z, 912345678Z, 12345678ZA, x12345678Z, 1-12345678Z")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("NIF")) {
            assertThat(Detections.of(nif, text)).as(text).isEmpty();
        }
        assertThat(Detections.of(nif, "build 20241204T101500Z")).isEmpty();
    }
}
