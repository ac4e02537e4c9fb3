package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardDetectorTest {

    private final CreditCardDetector detector = new CreditCardDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "4111 1111 1111 1111", "4111111111111111", "4111-1111-1111-1111", "5555 5555 5555 4444",
        "2223 0031 2200 3222", "3782 822463 10005", "6011 1111 1111 1117", "3530 1113 3330 0000",
        "3056 930902 5904", "6214 8301 9275 6403 186", "4000 0012 3456 7899"
    })
    void findsLuhnValidCardOfKnownIssuer(String number) {
        assertThat(Detections.of(detector, "card " + number + ".")).containsExactly("CREDIT_CARD:" + number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4111 1111 1111 1112", "1767225673519", "4111 1111-1111 1111", "4111 1111 1111 11111",
        "41111 1111111 1111", "4973 1862 0554", "12345678903555"
    })
    void ignoresNonCard(String number) {
        assertThat(Detections.of(detector, "value " + number + " end")).isEmpty();
    }

    @Test
    void ignoresCardInsideLongerDigitRun() {
        assertThat(Detections.of(detector, "id 94111111111111111")).isEmpty();
    }

    @Test
    void findsCardAfterUnrelatedNumber() {
        assertThat(Detections.texts(detector, "qty 12 4111 1111 1111 1111")).containsExactly("4111 1111 1111 1111");
    }

    @Test
    void checksLuhnAndIssuerRanges() {
        assertThat(CreditCardDetector.passesLuhn("79927398713")).isTrue();
        assertThat(CreditCardDetector.passesLuhn("79927398710")).isFalse();
        assertThat(CreditCardDetector.matchesIssuer("2720990000000007")).isTrue();
        assertThat(CreditCardDetector.matchesIssuer("2721000000000000")).isFalse();
        assertThat(CreditCardDetector.matchesIssuer("371449635398431")).isTrue();
        assertThat(CreditCardDetector.matchesIssuer("3714496353984310")).isFalse();
        assertThat(CreditCardDetector.matchesIssuer("5012345678901")).isTrue();
    }
}
