package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberDetectorTest {

    private final PhoneNumberDetector detector = new PhoneNumberDetector(DetectionSettings.DEFAULT_PHONE_REGIONS);

    @ParameterizedTest
    @ValueSource(strings = {
        "630-555-0142", "(312) 555-0188", "312.555.0187", "+1 312 555 0123", "1-312-555-0199",
        "07700 900472", "+44 20 7946 0381", "020 7946 0958", "+44 7700 900123", "0115 496 0123",
        "01632 960123", "0121 496 0123",
        "+351927418063", "+49 6221 54-18230", "0043/5574/48231", "+44 (0)20 7946 0111"
    })
    void findsWholeNumber(String number) {
        assertThat(Detections.of(detector, "call " + number + " today")).containsExactly("PHONE_NUMBER:" + number);
    }

    @Test
    void findsNumberGluedToWord() {
        assertThat(Detections.texts(detector, "reach her at office630-555-0142 after 5pm"))
                .containsExactly("630-555-0142");
    }

    @Test
    void dropsTrailingShortNumber() {
        assertThat(Detections.texts(detector, "ring 312-555-0142 5 times")).containsExactly("312-555-0142");
    }

    @Test
    void findsTwoNumbersInOneRun() {
        assertThat(Detections.texts(detector, "lines 312-555-0142 312-555-0143"))
                .containsExactly("312-555-0142", "312-555-0143");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "exited with code 137", "port 8080", "client v2.5", "Order 00418273695 shipped",
        "grew by +100 000 000 JPY", "at 1767225673519 (epoch ms)", "on 2026-09-02", "on 02.09.2026",
        "from 203.0.113.57", "bare 3125550142 run", "ticket #88213", "ratio 3.14 and 0.95",
        "version 1.2.3.4", "nine 123-45-6789", "libfoo 0.9.12.1234"
    })
    void ignoresNonPhone(String text) {
        assertThat(Detections.of(detector, text)).isEmpty();
    }

    @Test
    void ignoresInvalidNanpNumber() {
        // Area codes never start with 0 or 1 in the NANP.
        assertThat(Detections.of(detector, "call 123-555-0142")).isEmpty();
    }

    @Test
    void triesOnlyConfiguredNationalRegions() {
        PhoneNumberDetector usOnly = new PhoneNumberDetector(List.of("US"));

        assertThat(Detections.of(usOnly, "call 020 7946 0958")).isEmpty();
        assertThat(Detections.of(usOnly, "call +44 20 7946 0958")).containsExactly("PHONE_NUMBER:+44 20 7946 0958");
    }

    @Test
    void staysLinearOnDigitSoup() {
        String soup = "123-45-".repeat(8_000) + "1.1.1.".repeat(8_000);

        assertThat(Detections.of(detector, soup)).isEmpty();
    }
}
