package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks that the hand-written start tests of the detectors never rule out a start where the detector's pattern
 * matches with the separators the detector keeps. Both the plain and the context path use these tests, so the
 * differential tests between the paths cannot see a test that is too strict.
 */
class CandidateStartGateTest {

    private static final String[] NUMBER_ATOMS = {
        "0", "1", "2", "3", "4", "5", "7", "8", "9", "12", "345", "6789", "123456", "12345678", " ", " ", "-", ".",
        "/", "+", "A", "B", "T", "X", "Z", "a", "é", "\n", "2A", "2B", "U", "+", "943 476 5870", "123-456-789",
        "123.456.789-09", "12345678909", "1234.56.789", "51 824 753 556", "2123 45670 1", "1 84 12 76 451 089 46",
        "131052-308T", "12345678Z", "X-1234567-L", "S1234567D", "86 095 742 719", "12 345 678 903"
    };

    private static final String[] MAC_ATOMS = {
        "00", "1A", "2b", "3C", "4d", "5E", "ff", "0", "a", "abc", "001a", "2b3c", ":", ":", "-", "-", ".", ".", " ",
        "g", "G", "z", "é", "00:1A:2b:3C:4d:5E", "0a-1b-2c-3d-4e-5f", "001a.2b3c.4d5e", "12:34:56"
    };

    private static final String[] NINO_ATOMS = {
        "AB", "QQ", "CE", "DF", "ZZ", "A", "B", "C", "D", "E", "X", "ab", "12", "34", "56", "1", "123456", " ", " ",
        "-", "AB 12 34 56 C", "QQ123456C", "é", "_"
    };

    @Test
    void checksumStartTestsKeepPatternMatches() {
        Random random = new Random(71L);
        for (Detector detector : new DetectionEngine(DetectionSettings.defaults()).detectors()) {
            // The fiscal code has no digit layout of its own to test; its start test is unchanged letter checks.
            if (!(detector instanceof ChecksumIdDetector checksum) || detector.id().equals("it-fiscal-code")) {
                continue;
            }
            int matches = 0;
            for (int n = 0; n < 6000; n++) {
                String text = RandomAtoms.join(random, NUMBER_ATOMS, 8);
                for (int start = 0; start + checksum.minChars() <= text.length(); start++) {
                    if (checksum.mayStartWith(text.charAt(start)) && checksum.patternAcceptsLayoutAt(text, start)) {
                        matches++;
                        assertThat(checksum.mayStartAt(text, start))
                                .as("%s at %d in \"%s\"", checksum.id(), start, text).isTrue();
                    }
                }
            }
            assertThat(matches).as("%s pattern matches", checksum.id()).isGreaterThan(20);
        }
    }

    @Test
    void macStartTestKeepsPatternMatches() {
        Random random = new Random(72L);
        int matches = 0;
        for (int n = 0; n < 30000; n++) {
            String text = RandomAtoms.join(random, MAC_ATOMS, 12);
            for (int start = 0; start + 14 <= text.length(); start++) {
                Matcher matcher = MacAddressDetector.MAC.matcher(text.substring(start));
                if (matcher.lookingAt() && (matcher.start(1) < 0 || oneSeparator(matcher, 5))) {
                    matches++;
                    assertThat(MacAddressDetector.isCandidateStart(text, start))
                            .as("address at %d in \"%s\"", start, text).isTrue();
                }
            }
        }
        assertThat(matches).as("MAC pattern matches").isGreaterThan(1000);
    }

    @Test
    void ninoStartTestKeepsPatternMatches() {
        Random random = new Random(73L);
        int matches = 0;
        for (int n = 0; n < 30000; n++) {
            String text = RandomAtoms.join(random, NINO_ATOMS, 10);
            for (int start = 0; start + 9 <= text.length(); start++) {
                Matcher matcher = UkNinoDetector.NINO.matcher(text.substring(start));
                if (matcher.lookingAt() && oneSeparator(matcher, 4) && !TextChars.wordCharBefore(text, start)) {
                    matches++;
                    assertThat(UkNinoDetector.isCandidateStart(text, start))
                            .as("number at %d in \"%s\"", start, text).isTrue();
                }
            }
        }
        assertThat(matches).as("NINO pattern matches").isGreaterThan(1000);
    }

    /** Returns whether groups 1 to {@code groups} of the match are all equal. */
    private static boolean oneSeparator(Matcher matcher, int groups) {
        for (int group = 2; group <= groups; group++) {
            if (!matcher.group(group).equals(matcher.group(1))) {
                return false;
            }
        }
        return true;
    }
}
