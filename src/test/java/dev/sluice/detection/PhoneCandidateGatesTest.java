package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares the phone detector's shortcuts with the paths they skip: the run chains of
 * {@link PhoneNumberDetector#forEachCandidate(ScanContext, CandidateSpans.Consumer)}, the candidate gate
 * {@link PhoneNumberDetector#mayHoldNumber} and the date check {@link DateShapes}. The reference searches the whole
 * text with the candidate pattern and gives every match to {@link PhoneNumberDetector#findInCandidate}.
 */
class PhoneCandidateGatesTest {

    private static final String SEPARATOR = "(?:[ \\x{00A0}.\\-/]|\\)[ \\x{00A0}.\\-]?|[ \\x{00A0}.\\-]?\\()";
    private static final Pattern CANDIDATE = Pattern.compile("(?:\\+|\\(\\+?|\\()?\\d+(?:" + SEPARATOR + "\\d+)*");
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "\\d{1,2}[./\\-]\\d{1,2}[./\\-]\\d{2,4}|\\d{4}[./\\-]\\d{1,2}[./\\-]\\d{1,2}");

    private static final PhoneNumberDetector DETECTOR =
            new PhoneNumberDetector(DetectionSettings.DEFAULT_PHONE_REGIONS);

    /** Numbers, dates, times, amounts, versions and the separators and letters between them. */
    private static final String[] ATOMS = {
        "+44 20 7946 0958", "020 7946 0958", "07700 900123", "0115 496 0123", "+1 312 555 0123", "(312) 555-0188",
        "630-555-0142", "030 12345678", "+49 6221 54-18230", "0043/5574/48231", "+44 (0)20 7946 0111", "00",
        "05/03/2025", "12.03.2025", "2024-05-17", "0.9.12.1234", "1.26.4", "142,80", "14:30", "IB 3166", "01.02.03",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "07", "12", "123", "2024", "0446", "1234567",
        " ", " ", "  ", "   ", "-", ".", "/", "(", ")", "+", "(+", ") ", " (", "\u00A0", "\n", ",", ":",
        "a", "e", "x", "Tel ", "\u00E9", "\u65E5", "\uD83D\uDE00", "\uFF10",
    };

    @Test
    void contextCandidatesFindWhatWholeTextSearchFinds() {
        Random random = new Random(0x9_40e_7e5L);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            List<Finding> expected = referenceFindings(text);

            List<Finding> actual = new ArrayList<>();
            DETECTOR.detect(ScanContext.of(text), actual);

            assertThat(actual).as("phone findings in \"%s\"", text).isEqualTo(expected);
            found += actual.size();
        }
        assertThat(found).as("phone numbers found").isGreaterThan(2000);
    }

    @Test
    void gateSkipsOnlyCandidatesWithoutNumbers() {
        Random random = new Random(0x9a7eL);
        int skipped = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            Matcher matcher = CANDIDATE.matcher(text);
            while (matcher.find()) {
                if (PhoneNumberDetector.mayHoldNumber(text, matcher.start(), matcher.end())) {
                    continue;
                }
                List<Finding> findings = new ArrayList<>();
                DETECTOR.findInCandidate(text, matcher.start(), matcher.end(), findings);
                assertThat(findings).as("numbers in skipped candidate \"%s\"",
                        text.substring(matcher.start(), matcher.end())).isEmpty();
                skipped++;
            }
        }
        assertThat(skipped).as("candidates skipped").isGreaterThan(10_000);
    }

    @Test
    void dateCheckMatchesDatePattern() {
        Random random = new Random(0xda7eL);
        String[] separators = {".", "-", "/", " ", ":", "a", "+", "..", ""};
        int dates = 0;
        for (int n = 0; n < 50_000; n++) {
            // Two to four groups of zero to five digits, mostly joined by date separators.
            StringBuilder text = new StringBuilder();
            int groups = 2 + random.nextInt(3);
            for (int group = 0; group < groups; group++) {
                if (group > 0) {
                    text.append(separators[random.nextInt(4) == 0 ? random.nextInt(separators.length) : random.nextInt(3)]);
                }
                text.append(String.valueOf(random.nextLong() & Long.MAX_VALUE), 0, random.nextInt(6));
            }
            boolean expected = DATE_SHAPE.matches(text.toString());

            assertThat(DateShapes.isWholeDate(text, 0, text.length())).as("date \"%s\"", text).isEqualTo(expected);
            dates += expected ? 1 : 0;
        }
        assertThat(dates).as("dates generated").isGreaterThan(500);
    }

    /** Returns the findings of the whole-text pattern search, with every candidate given to the detector. */
    private static List<Finding> referenceFindings(String text) {
        List<Finding> findings = new ArrayList<>();
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (!TextChars.digitAt(text, matcher.start() - 1)) {
                DETECTOR.findInCandidate(text, matcher.start(), matcher.end(), findings);
            }
        }
        return findings;
    }

    private static String randomText(Random random) {
        return RandomAtoms.join(random, ATOMS, 24);
    }
}
