package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the German tax id detector, on numbers with ISO 7064 MOD 11,10 check digits. */
class DeTaxIdDetectorTest {

    private final DeTaxIdDetector taxId = new DeTaxIdDetector();

    @Test
    void findsBareAndGroupedNumbers() {
        assertThat(Detections.of(taxId, "Steuer-ID 71358952543, IdNr. 81 406 947 423"))
                .containsExactly("DE_TAX_ID:71358952543", "DE_TAX_ID:81 406 947 423");
    }

    @Test
    void findsNumberAfterLongContextWord() {
        assertThat(Detections.texts(taxId, "steuerliche Identifikationsnummer: 84965771324"))
                .containsExactly("84965771324");
    }

    @Test
    void needsContextWord() {
        assertThat(Detections.of(taxId, "Bestellung 71358952543 versendet")).isEmpty();
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThat(Detections.of(taxId, "Steuer-ID 71358952544")).isEmpty();
    }

    @Test
    void rejectsInvalidDigitCounts() {
        // All ten digits differ in the first number, and two digits repeat in the second; both have valid checks.
        String allDistinct = "1234567890" + DeTaxIdDetector.checkDigit("1234567890");
        String twoRepeats = "1123456788" + DeTaxIdDetector.checkDigit("1123456788");
        String tripleRun = "1112345678" + DeTaxIdDetector.checkDigit("1112345678");

        assertThat(Detections.of(taxId, "Steuer-ID " + allDistinct)).isEmpty();
        assertThat(Detections.of(taxId, "Steuer-ID " + twoRepeats)).isEmpty();
        assertThat(Detections.of(taxId, "Steuer-ID " + tripleRun)).isEmpty();
    }

    @Test
    void rejectsLeadingZeroAndLongerNumbers() {
        assertThat(Detections.of(taxId, "Steuer-ID 01358952543, Steuer-ID 713589525430")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("Steuer-ID")) {
            assertThat(Detections.of(taxId, text)).as(text).isEmpty();
        }
    }
}
