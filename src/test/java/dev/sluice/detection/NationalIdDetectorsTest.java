package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tests of the US ITIN, UK National Insurance, Aadhaar and PAN detectors, on generated synthetic numbers. */
class NationalIdDetectorsTest {

    // Generated for these tests: 12 digits whose last digit is the Verhoeff check digit of the first 11.
    private static final String AADHAAR = "726018159082";
    private static final String AADHAAR_GROUPED = "5016 6131 8603";

    private final UsItinDetector itin = new UsItinDetector();
    private final UkNinoDetector nino = new UkNinoDetector();
    private final AadhaarDetector aadhaar = new AadhaarDetector();
    private final IndiaPanDetector pan = new IndiaPanDetector();

    @Test
    void itinFindsGroupedNumbersInEachRange() {
        String text = "ITIN 912-50-1234, 934 65 0001, 900-70-5555, 999-88-0000, 955-90-4321 and 923-94-1111.";

        assertThat(Detections.texts(itin, text)).containsExactly(
                "912-50-1234", "934 65 0001", "900-70-5555", "999-88-0000", "955-90-4321", "923-94-1111");
    }

    @Test
    void itinRejectsGroupsOutsideItinRanges() {
        assertThat(Detections.texts(itin, "912-66-1234 912-69-1234 912-89-1234 912-93-1234 912-49-1234")).isEmpty();
    }

    @Test
    void itinRejectsSsnMixedSeparatorsAndLongerNumbers() {
        assertThat(Detections.texts(itin, "SSN 123-45-6789, 912-70 1234, 912701234")).isEmpty();
        assertThat(Detections.texts(itin, "call 1-912-70-1234 or ref 912-70-1234-5")).isEmpty();
    }

    @Test
    void ninoFindsCompactAndSpacedNumbers() {
        assertThat(Detections.texts(nino, "NI number AB123456C, or JG 10 36 44 D.")).containsExactly(
                "AB123456C", "JG 10 36 44 D");
    }

    @Test
    void ninoRejectsInvalidPrefixesAndSuffixes() {
        String text = "QQ123456C DA123456A AO123456A GB123456A NK123456B ZZ123456C AB123456E ab123456c";

        assertThat(Detections.texts(nino, text)).isEmpty();
    }

    @Test
    void ninoRejectsMixedSpacingAndLongerCodes() {
        assertThat(Detections.texts(nino, "AB 123456C, AB12 34 56C, XAB123456C, AB123456CD")).isEmpty();
    }

    @Test
    void aadhaarFindsGroupedNumberWithValidCheckDigit() {
        assertThat(Detections.texts(aadhaar, "ID proof " + AADHAAR_GROUPED + " attached")).containsExactly(
                AADHAAR_GROUPED);
        assertThat(Detections.texts(aadhaar, "ID proof 5016-6131-8603.")).containsExactly("5016-6131-8603");
    }

    @Test
    void aadhaarNeedsContextWhenUngrouped() {
        assertThat(Detections.texts(aadhaar, "My Aadhaar no. is " + AADHAAR)).containsExactly(AADHAAR);
        assertThat(Detections.texts(aadhaar, "order " + AADHAAR + " shipped")).isEmpty();
    }

    @Test
    void aadhaarRejectsInvalidNumbers() {
        assertThat(Detections.texts(aadhaar, "5016 6131 8604, 1016 6131 8603, 0016 6131 8603")).isEmpty();
        assertThat(Detections.texts(aadhaar, "Aadhaar 726018159083")).isEmpty();
    }

    @Test
    void aadhaarRejectsMixedSeparatorsAndCardRuns() {
        assertThat(Detections.texts(aadhaar, "5016 6131-8603 and 4111 5016 6131 8603")).isEmpty();
    }

    @Test
    void verhoeffAcceptsOnlyTheCheckDigit() {
        assertThat(AadhaarDetector.passesVerhoeff("2363")).isTrue();
        for (char last = '0'; last <= '9'; last++) {
            assertThat(AadhaarDetector.passesVerhoeff("72601815908" + last)).as("check digit %s", last)
                    .isEqualTo(last == '2');
        }
    }

    @Test
    void panFindsNumbersOfEachHolderType() {
        assertThat(Detections.texts(pan, "PAN ABCPE1234F and firm AAAFZ9876K.")).containsExactly(
                "ABCPE1234F", "AAAFZ9876K");
    }

    @Test
    void panRejectsUnknownHolderTypeAndLongerCodes() {
        assertThat(Detections.texts(pan, "ABCDE1234F ABCXE1234F abcpe1234f XABCPE1234F ABCPE1234FG")).isEmpty();
    }

    @Test
    void aadhaarPrecheckKeepsConfirmedNumbers() {
        // The hand check before the Aadhaar pattern may only skip starts where the pattern and checks fail.
        AadhaarDetector aadhaar = new AadhaarDetector();
        String[] atoms = {"2345 6789 0124", "4111 1111 1111 1111", "2", "3", "5", "7", "9", "0", "1", "1234", "9876",
            " ", "-", "  ", ".", "/", "a", "aadhaar ", "Aadhar: ", "UIDAI ", "आधार ", "\n"};
        Random random = new Random(41L);
        int confirmed = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int j = 0; j < length; j++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            String sample = text.toString();
            for (int start = 0; start + 12 <= sample.length(); start++) {
                if (!AadhaarDetector.isCandidateStart(sample, start)) {
                    continue;
                }
                if (aadhaar.confirmAt(sample, start, new ArrayList<>()) > 0) {
                    confirmed++;
                    assertThat(AadhaarDetector.mayPass(sample, start)).as("start %d in \"%s\"", start, sample)
                            .isTrue();
                }
            }
        }
        assertThat(confirmed).as("confirmed numbers").isGreaterThan(200);
    }
}
