package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Finnish personal identity code detector, on codes with computed check chars. */
class FiPersonalIdentityCodeDetectorTest {

    private final FiPersonalIdentityCodeDetector hetu = new FiPersonalIdentityCodeDetector();

    @Test
    void findsEachCenturySign() {
        String text = "HETU 131052-308T, lapsi 010203A1230, 311299+045N, 150677Y567N.";

        assertThat(Detections.texts(hetu, text)).containsExactly(
                "131052-308T", "010203A1230", "311299+045N", "150677Y567N");
    }

    @Test
    void rejectsWrongCheckChar() {
        assertThat(Detections.of(hetu, "131052-308U 010203A1231")).isEmpty();
    }

    @Test
    void rejectsInvalidDateAndIndividualNumber() {
        // 321052 has day 32 and 131352 month 13; individual numbers 000 and 001 are not issued.
        String text = "321052-308" + FiPersonalIdentityCodeDetector.checkChar("321052308") + " 131352-308"
                + FiPersonalIdentityCodeDetector.checkChar("131352308") + " 131052-001"
                + FiPersonalIdentityCodeDetector.checkChar("131052001");

        assertThat(Detections.of(hetu, text)).isEmpty();
    }

    @Test
    void rejectsLongerTokens() {
        assertThat(Detections.of(hetu, "1131052-308T, 131052-308TX, A131052-308T")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("HETU")) {
            assertThat(Detections.of(hetu, text)).as(text).isEmpty();
        }
    }
}
