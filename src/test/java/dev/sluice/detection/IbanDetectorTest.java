package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {

    private final IbanDetector detector = new IbanDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32",
        "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300"
    })
    void findsValidIban(String iban) {
        assertThat(Detections.of(detector, "IBAN: " + iban + ", danke")).containsExactly("IBAN_CODE:" + iban);
    }

    @Test
    void stopsAtCountryLengthBeforeUpperCaseWord() {
        assertThat(Detections.texts(detector, "DE89 3704 0044 0532 0130 00 EUR"))
                .containsExactly("DE89 3704 0044 0532 0130 00");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DE88 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 0", "XX89 3704 0044 0532 0130 00",
        "AB 12345678-123-12345678901234", "ABDE89370400440532013000"
    })
    void ignoresInvalidIban(String candidate) {
        assertThat(Detections.of(detector, "Konto " + candidate + ", bitte prüfen")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB 12345678-123-12345678901234", "DE89-3704-0044-0532-0130-00", "", "D", "DE", "DE8$"})
    void validatorNeverThrows(String candidate) {
        assertThatCode(() -> IbanDetector.isValid(candidate)).doesNotThrowAnyException();
    }

    @Test
    void validatorStripsDashes() {
        assertThat(IbanDetector.isValid("DE89-3704-0044-0532-0130-00")).isTrue();
    }
}
