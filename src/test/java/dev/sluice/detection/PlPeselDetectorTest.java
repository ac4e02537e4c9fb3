package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Polish PESEL detector, on numbers with valid dates and check digits. */
class PlPeselDetectorTest {

    private final PlPeselDetector pesel = new PlPeselDetector();

    @Test
    void findsNumbersOfTwoCenturies() {
        // Month 22 is February of a year in the 2000s.
        assertThat(Detections.of(pesel, "PESEL 44051401359, PESEL dziecka 02221503214."))
                .containsExactly("PL_PESEL:44051401359", "PL_PESEL:02221503214");
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThat(Detections.of(pesel, "PESEL 44051401358")).isEmpty();
    }

    @Test
    void rejectsInvalidDate() {
        // Month 13 and day 32 do not exist; the check digits are valid for both payloads.
        assertThat(Detections.of(pesel, "PESEL 44131401350, PESEL 44053201353")).isEmpty();
    }

    @Test
    void needsContextWord() {
        assertThat(Detections.of(pesel, "order 44051401359 shipped")).isEmpty();
    }

    @Test
    void rejectsLongerNumbers() {
        assertThat(Detections.of(pesel, "PESEL 440514013591 and PESEL 1-44051401359")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("PESEL")) {
            assertThat(Detections.of(pesel, text)).as(text).isEmpty();
        }
    }
}
