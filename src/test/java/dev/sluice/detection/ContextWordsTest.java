package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

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
    void profileCheckIgnoresCase() {
        assertThat(words.mayOccurIn(TextProfile.of("the sin of it"))).isTrue();
        assertThat(words.mayOccurIn(TextProfile.of("nothing here"))).isFalse();
    }
}
