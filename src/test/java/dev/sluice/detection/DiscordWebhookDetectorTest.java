package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Discord webhook detector. Ids and tokens are random, split for secret scanners. */
class DiscordWebhookDetectorTest {

    private static final String PATH = "/123214616682360139/"
            + "rW609XHtgowVgr1MzEeGBCwjng5keJMLHNL1KS7rGlDI8rdEwGUZdbgWbNmXAosC2MLa";

    private final DiscordWebhookDetector discord = new DiscordWebhookDetector();

    @Test
    void findsWebhookOnEachHost() {
        String hook = "https://discord.com/api/webhooks" + PATH;
        String legacy = "https://discordapp.com/api/webhooks" + PATH;
        String canary = "https://canary.discord.com/api/v10/webhooks" + PATH;
        String text = "hooks: " + hook + ", " + legacy + " and " + canary + "?wait=true";

        assertThat(Detections.texts(discord, text)).containsExactly(hook, legacy, canary);
    }

    @Test
    void rejectsShortTokenAndNonNumericId() {
        assertThat(Detections.of(discord, "https://discord.com/api/webhooks/123214616682360139/rW609XHtgow")).isEmpty();
        assertThat(Detections.of(discord, "https://discord.com/api/webhooks/channel" + PATH)).isEmpty();
    }

    @Test
    void rejectsOtherApiPathsAndLongerTokens() {
        assertThat(Detections.of(discord, "https://discord.com/api/channels" + PATH)).isEmpty();
        assertThat(Detections.of(discord, "https://discord.com/api/webhooks" + PATH + "xyz")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("https://discord.com/api/webhooks/")) {
            assertThat(Detections.of(discord, text)).as(text).isEmpty();
        }
    }
}
