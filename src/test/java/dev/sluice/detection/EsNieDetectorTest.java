package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Spanish NIE detector, on numbers with check letters computed mod 23. */
class EsNieDetectorTest {

    private final EsNieDetector nie = new EsNieDetector();

    @Test
    void findsEachPrefixLetter() {
        assertThat(Detections.of(nie, "NIE X1234567L, Y7654321G and Z2345678M"))
                .containsExactly("ES_NIE:X1234567L", "ES_NIE:Y7654321G", "ES_NIE:Z2345678M");
    }

    @Test
    void findsDashedForm() {
        assertThat(Detections.texts(nie, "NIE: X-1234567-L.")).containsExactly("X-1234567-L");
    }

    @Test
    void rejectsWrongCheckLetterAndOtherPrefixes() {
        assertThat(Detections.of(nie, "X1234567A Y7654321H W1234567L")).isEmpty();
    }

    @Test
    void rejectsMixedDashesAndLongerTokens() {
        assertThat(Detections.of(nie, "X-1234567L, AX1234567L, X1234567LB, X12345678L")).isEmpty();
    }

    @Test
    void rejectsRepeatedDigits() {
        // X0000000T passes the check letter: 0 mod 23 is T.
        assertThat(Detections.of(nie, "X0000000T")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("NIE")) {
            assertThat(Detections.of(nie, text)).as(text).isEmpty();
        }
    }
}
