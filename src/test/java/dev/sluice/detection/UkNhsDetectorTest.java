package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of the UK NHS number detector, on numbers generated with valid mod-11 check digits. */
class UkNhsDetectorTest {

    private final UkNhsDetector nhs = new UkNhsDetector();

    @Test
    void findsSpacedDashedAndBareNumbers() {
        String text = "NHS number 626 018 1590; NHS no. 183-016-6131; NHS: 2860913904.";

        assertThat(Detections.of(nhs, text)).containsExactly(
                "UK_NHS:626 018 1590", "UK_NHS:183-016-6131", "UK_NHS:2860913904");
    }

    @Test
    void recordsValidatorAndContextWord() {
        List<Finding> findings = new ArrayList<>();
        nhs.detect("Patient NHS number 7030824628", findings);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.validator()).isEqualTo("mod11");
            assertThat(finding.contextWord()).isEqualTo("nhs");
            assertThat(finding.category()).isEqualTo(FindingCategory.PERSONAL_DATA);
        });
    }

    @Test
    void rejectsWrongCheckDigitAndCheckOfTen() {
        // 626018159 has check digit 0; the payload 123456789 gives 11 - 1 = 10, which is never issued.
        assertThat(Detections.of(nhs, "NHS 626 018 1591, NHS 1234567890, NHS 1234567891")).isEmpty();
    }

    @Test
    void rejectsRepeatedDigits() {
        assertThat(Detections.of(nhs, "NHS 1111111111 and NHS 000 000 0000")).isEmpty();
    }

    @Test
    void needsContextWord() {
        assertThat(Detections.of(nhs, "call 626 018 1590 after five")).isEmpty();
        assertThat(Detections.of(nhs, "NHSX 6260181590")).isEmpty();
    }

    @Test
    void rejectsMixedSeparatorsAndLongerNumbers() {
        assertThat(Detections.of(nhs, "NHS 626-018 1590, NHS 62601815901, NHS 16260181590")).isEmpty();
        assertThat(Detections.of(nhs, "NHS x6260181590 and NHS 6260181590a and NHS 1-626-018-1590")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("NHS")) {
            assertThat(Detections.of(nhs, text)).as(text).isEmpty();
        }
    }

    @Test
    void profileSkipsTextWithoutContextWord() {
        assertThat(nhs.mayMatch(TextProfile.of("ticket 6260181590"))).isFalse();
        assertThat(nhs.mayMatch(TextProfile.of("nhs 6260181590"))).isTrue();
    }
}
