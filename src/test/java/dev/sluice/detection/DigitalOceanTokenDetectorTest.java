package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the DigitalOcean token detector. Tokens are random, split after the prefix for secret scanners. */
class DigitalOceanTokenDetectorTest {

    private static final String BODY = "465aef7ac86d66c7a644fb12853ef86dcfaea21818b904ce6087413e3b266f85";

    private final DigitalOceanTokenDetector digitalOcean = new DigitalOceanTokenDetector();

    @Test
    void findsPersonalOauthAndRefreshTokens() {
        String text = "do_token = \"dop_v1_" + BODY + "\", doo_v1_" + BODY + ", dor_v1_" + BODY;

        assertThat(Detections.texts(digitalOcean, text)).containsExactly(
                "dop_v1_" + BODY, "doo_v1_" + BODY, "dor_v1_" + BODY);
    }

    @Test
    void rejectsUpperCaseHexAndWrongLength() {
        assertThat(Detections.of(digitalOcean, "dop_v1_" + BODY.toUpperCase(java.util.Locale.ROOT))).isEmpty();
        assertThat(Detections.of(digitalOcean, "dop_v1_" + BODY.substring(2))).isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(digitalOcean, "xdop_v1_" + BODY)).isEmpty();
        assertThat(Detections.of(digitalOcean, "dop_v1_" + BODY + "0")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("dop_v1_")) {
            assertThat(Detections.of(digitalOcean, text)).as(text).isEmpty();
        }
    }
}
