package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Italian fiscal code detector, on invented codes with computed check letters. */
class ItFiscalCodeDetectorTest {

    private final ItFiscalCodeDetector fiscalCode = new ItFiscalCodeDetector();

    @Test
    void findsCodesOfMenAndWomen() {
        // Day 41 and above marks a woman.
        assertThat(Detections.of(fiscalCode, "CF RSSMRA85T10A562S, moglie BNCGPP70A41H501G."))
                .containsExactly("IT_FISCAL_CODE:RSSMRA85T10A562S", "IT_FISCAL_CODE:BNCGPP70A41H501G");
    }

    @Test
    void findsCodeWithOmocodiaLetters() {
        // The last digit 2 of the municipality code is replaced by N.
        assertThat(Detections.texts(fiscalCode, "codice RSSMRA85T10A56NH")).containsExactly("RSSMRA85T10A56NH");
    }

    @Test
    void skipsTextWithoutSixCapitals() {
        ScanContext withCode = ScanContext.of("CF RSSMRA85T10A562S");
        ScanContext withoutRun = ScanContext.of("RSSMR A85T10A562S and ABCDE");

        assertThat(withCode.longestCapitalRun()).isEqualTo(6);
        assertThat(fiscalCode.mayMatch(withCode)).isTrue();
        assertThat(withoutRun.longestCapitalRun()).isEqualTo(5);
        assertThat(fiscalCode.mayMatch(withoutRun)).isFalse();
    }

    @Test
    void findsFullWidthCode() {
        // The matching form folds the full-width letters, so the capital run is counted after folding.
        DetectionEngine engine = new DetectionEngine(DetectionSettings.defaults());
        String text = "CF \uFF32\uFF33\uFF33\uFF2D\uFF32\uFF2185T10A562S";

        assertThat(engine.scan(text)).extracting(Finding::entityType).contains(EntityTypes.IT_FISCAL_CODE);
    }

    @Test
    void checkLetterMatchesPublishedExample() {
        assertThat(ItFiscalCodeDetector.checkLetter("RSSMRA85T10A562")).isEqualTo('S');
    }

    @Test
    void rejectsWrongCheckLetterAndInvalidMonth() {
        assertThat(Detections.of(fiscalCode, "RSSMRA85T10A562X RSSMRA85F10A562S")).isEmpty();
    }

    @Test
    void rejectsLowerCaseAndLongerTokens() {
        assertThat(Detections.of(fiscalCode, "rssmra85t10a562s XRSSMRA85T10A562S RSSMRA85T10A562SX")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("CODICE")) {
            assertThat(Detections.of(fiscalCode, text)).as(text).isEmpty();
        }
        assertThat(Detections.of(fiscalCode, "SKU ABCDEF12G34H567I and HTTPSREQUESTLOGGERTIMEOUT")).isEmpty();
    }
}
