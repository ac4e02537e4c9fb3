package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Telegram bot token detector. Tokens are random, split after the id for secret scanners. */
class TelegramBotTokenDetectorTest {

    private static final String TOKEN = "855639218:" + "AAyAU5Fz1t436o8ZkmMglVzwQR6HvvxK07Z";

    private final TelegramBotTokenDetector telegram = new TelegramBotTokenDetector();

    @Test
    void findsTokenInConfigAndBotApiUrl() {
        String text = "TELEGRAM_BOT_TOKEN=" + TOKEN + "\ncurl https://api.telegram.org/bot" + TOKEN + "/getMe";

        assertThat(Detections.of(telegram, text)).containsExactly(
                "TELEGRAM_BOT_TOKEN:" + TOKEN, "TELEGRAM_BOT_TOKEN:" + TOKEN);
    }

    @Test
    void findsTenDigitBotId() {
        String token = "5123456789:" + "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

        assertThat(Detections.texts(telegram, "token " + token)).containsExactly(token);
    }

    @Test
    void rejectsWrongIdLengthAndSecretLength() {
        assertThat(Detections.of(telegram, "1234567:" + "AAyAU5Fz1t436o8ZkmMglVzwQR6HvvxK07Z")).isEmpty();
        assertThat(Detections.of(telegram, "12345678901:" + "AAyAU5Fz1t436o8ZkmMglVzwQR6HvvxK07Z")).isEmpty();
        assertThat(Detections.of(telegram, TOKEN.substring(0, TOKEN.length() - 1))).isEmpty();
        assertThat(Detections.of(telegram, TOKEN + "Q")).isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(telegram, "id" + TOKEN)).isEmpty();
        assertThat(Detections.of(telegram, "robot" + TOKEN)).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("telegram")) {
            assertThat(Detections.of(telegram, text)).as(text).isEmpty();
        }
        assertThat(Detections.of(telegram, "at 2024-12-04 10:15:30 and 1733312000:AAAA")).isEmpty();
    }
}
