package dev.sluice.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionSettings;

/**
 * Masking of PII hidden by Unicode forms: the engine finds it in its matching form, and the redactors replace the
 * original chars, so the output must hold neither the value nor any part of a surrogate pair it cut.
 */
class HiddenFormsRedactionTest {

    private static final long SEED = 0x5_1ce_0c0cL;
    private static final int RANDOM_STRINGS = 1000;
    private static final int MAX_PIECES = 8;

    private static final String[] NOISE = {
        "id", " ", "-", "\u200B", "\u00AD", "\uFEFF", "\u00A0", "\u2013", "\uFB01", "\u0661", "\uD835\uDC1A",
        "\uD83D\uDE00", "\u2764\uFE0F", "\uD83D", "\uDE00", "e\u0301", "\u0301", "\u0430", "\u0440\u043E",
        "\u0645\u0631", "\u05E9\u05DC", "\u6771", "\uFF21",
    };

    private final DetectionEngine engine = new DetectionEngine(DetectionSettings.defaults());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contact \uD835\uDC1A\uD835\uDC25\uD835\uDC22@\uD835\uDC1E\uD835\uDC31.com today"
                + " | Contact <EMAIL_ADDRESS_1> today",
        "card \u0664\u0661\u0661\u0661\u200B\u0661\u0661\u0661\u0661\u200B\u0661\u0661\u0661\u0661\u200B"
                + "\u0661\u0661\u0661\u0661 ok | card <CREDIT_CARD_1> ok",
        "call +1\u00A0212\u2013555\u20130142 now | call <PHONE_NUMBER_1> now",
        "\uD83D reach me at lena.fischer@example.com\u200B before | \uD83D reach me at <EMAIL_ADDRESS_1>\u200B before",
        "mail \uD83D\uDE00lena@ex\u0430mple.com\uD83D\uDE00 | mail \uD83D\uDE00<EMAIL_ADDRESS_1>\uD83D\uDE00",
    })
    void redactTextMasksOriginalChars(String text, String expected) {
        String masked = redact(text);

        assertThat(masked).isEqualTo(expected);
    }

    @Test
    void wellFormedInputGivesWellFormedOutput() {
        String text = "x\u2764\uFE0F \uD835\uDC1A\uD835\uDC25@x.example \u0915\u094D\u0937 4111\u00AD1111\u00AD1111\u00AD1111";

        String masked = redact(text);

        assertThat(masked).doesNotContain("\uD835", "\u00AD", "@x.example");
        assertThat(StrictUtf8.decode(masked.getBytes(StandardCharsets.UTF_8))).contains(masked);
    }

    @Test
    void randomHiddenFormsNeverLeaveHalfAPair() {
        Random random = new Random(SEED);
        for (int n = 0; n < RANDOM_STRINGS; n++) {
            String text = noise(random) + " mail ana@example.org, card 4111\u200B1111\u200B1111\u200B1111 "
                    + noise(random);

            String masked = redact(text);

            assertThat(loneSurrogates(masked)).as("lone surrogates after masking %s", text)
                    .isLessThanOrEqualTo(loneSurrogates(text));
            assertThat(masked).as("masked %s", text).doesNotContain("ana@example.org", "4111");
        }
    }

    /** Masks {@code text} the way vendor fields and sluice scan do: engine findings, spliced by TextRedactor. */
    private String redact(String text) {
        return TextRedactor.redact(text, engine.scan(text), new PlaceholderAllocator());
    }

    private static String noise(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(MAX_PIECES);
        for (int i = 0; i < pieces; i++) {
            text.append(NOISE[random.nextInt(NOISE.length)]);
        }
        return text.toString();
    }

    private static int loneSurrogates(String text) {
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)) {
                count++;
            }
            i += Character.charCount(codePoint);
        }
        return count;
    }
}
