package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tests of the context word lookup that the checksum detectors share. */
class ContextWordsTest {

    private final ContextWords words = new ContextWords(20, "SIN", "tax file number");

    @Test
    void lowerCaseWordMatchesAnyCase() {
        assertThat(words.findBefore("Tax File Number: 1", 17)).isEqualTo("tax file number");
    }

    @Test
    void capitalizedWordMatchesOnlyAsWritten() {
        assertThat(words.findBefore("SIN 1", 4)).isEqualTo("SIN");
        assertThat(words.findBefore("sin 1", 4)).isNull();
    }

    @Test
    void wordMustBeWhole() {
        assertThat(words.findBefore("SINGLE 1", 7)).isNull();
        assertThat(words.findBefore("XSIN 1", 5)).isNull();
    }

    @Test
    void wordMayTouchLettersOfAnotherScript() {
        assertThat(words.findBefore("カナダのSINは 1", 10)).isEqualTo("SIN");
    }

    @Test
    void wordMustLieInsideWindow() {
        String text = "SIN" + " ".repeat(30) + "1";

        assertThat(words.findBefore(text, text.length() - 1)).isNull();
    }

    @Test
    void earlierListWordWinsOverNearerWord() {
        ContextWords ordered = new ContextWords(40, "nhs", "national health service");

        assertThat(ordered.findBefore("NHS, national health service 1", 29)).isEqualTo("nhs");
        assertThat(ordered.findBefore("national health service, NHS 1", 29)).isEqualTo("nhs");
        assertThat(ordered.findBefore("national health service: 1", 25)).isEqualTo("national health service");
    }

    @Test
    void onePassMatchesWordByWordSearch() {
        String[] list = {"SIN", "sécu", "nas", "assurance sociale", "s"};
        ContextWords context = new ContextWords(12, list);
        String[] atoms = {"SIN", "sin", "Sécu", "SÉCU", "nas", "NAS", "assurance sociale", "s", "S", "x", " ", "_",
            "の", "1", "-", "é"};
        Random random = new Random(7);

        for (int sample = 0; sample < 3000; sample++) {
            StringBuilder text = new StringBuilder();
            int atomCount = 1 + random.nextInt(8);
            for (int a = 0; a < atomCount; a++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            for (int start = 0; start <= text.length(); start++) {
                assertThat(context.findBefore(text.toString(), start))
                        .as("text '%s' before %d", text, start)
                        .isEqualTo(findWordByWord(list, 12, text.toString(), start));
            }
        }
    }

    /** Searches the window once per word, in list order, as a plain reference for the one-pass search. */
    private static String findWordByWord(String[] list, int windowChars, String text, int start) {
        int windowStart = Math.max(0, start - windowChars);
        for (String word : list) {
            boolean ignoreCase = word.equals(word.toLowerCase(Locale.ROOT));
            for (int i = windowStart; i + word.length() <= start; i++) {
                if (text.regionMatches(ignoreCase, i, word, 0, word.length())
                        && !TextChars.continuesWordBefore(text, i, i + word.length())
                        && !TextChars.continuesWordAfter(text, i, i + word.length())) {
                    return word;
                }
            }
        }
        return null;
    }

    @Test
    void profileCheckIgnoresCase() {
        assertThat(words.mayOccurIn(TextProfile.of("the sin of it"))).isTrue();
        assertThat(words.mayOccurIn(TextProfile.of("nothing here"))).isFalse();
    }
}
