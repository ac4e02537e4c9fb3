package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Twilio API key detector. Keys are random, split after the prefix for secret scanners. */
class TwilioKeyDetectorTest {

    private static final String KEY = "SK" + "b42b4ea410fb9102f29a422eb14ab2f2";

    private final TwilioKeyDetector twilio = new TwilioKeyDetector();

    @Test
    void findsKeyAfterContextWord() {
        assertThat(Detections.of(twilio, "TWILIO_API_KEY=" + KEY)).containsExactly("TWILIO_API_KEY:" + KEY);
        assertThat(Detections.of(twilio, "Twilio api key sid: " + KEY + ".")).containsExactly("TWILIO_API_KEY:" + KEY);
    }

    @Test
    void needsContextWordBeforeKey() {
        assertThat(Detections.of(twilio, "cache entry " + KEY + " expired")).isEmpty();
        assertThat(Detections.of(twilio, KEY + " is not a twilio key")).isEmpty();
    }

    @Test
    void rejectsUpperCaseHexAndWrongLength() {
        assertThat(Detections.of(twilio, "twilio SK" + "B42B4EA410FB9102F29A422EB14AB2F2")).isEmpty();
        assertThat(Detections.of(twilio, "twilio " + KEY.substring(0, 33))).isEmpty();
    }

    @Test
    void rejectsKeyGluedInLongerWord() {
        assertThat(Detections.of(twilio, "twilio X" + KEY)).isEmpty();
        assertThat(Detections.of(twilio, "twilio " + KEY + "0")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("twilio SK")) {
            assertThat(Detections.of(twilio, text)).as(text).isEmpty();
        }
    }

    @Test
    void profileSkipsTextWithoutContextWord() {
        assertThat(twilio.mayMatch(TextProfile.of("cache " + KEY))).isFalse();
    }
}
