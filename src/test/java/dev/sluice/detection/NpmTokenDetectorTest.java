package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the npm token detector. Tokens are random, split after the prefix for secret scanners. */
class NpmTokenDetectorTest {

    private static final String TOKEN = "npm_" + "pKnA1hEDCM4PmBxdUcl1MhOoSfAqFdpRaj71";

    private final NpmTokenDetector npm = new NpmTokenDetector();

    @Test
    void findsTokenInNpmrc() {
        String text = "//registry.npmjs.org/:_authToken=" + TOKEN + "\n";

        assertThat(Detections.of(npm, text)).containsExactly("NPM_TOKEN:" + TOKEN);
    }

    @Test
    void rejectsWrongLength() {
        assertThat(Detections.of(npm, TOKEN.substring(0, 39))).isEmpty();
        assertThat(Detections.of(npm, TOKEN + "7")).isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(npm, "my" + TOKEN)).isEmpty();
        assertThat(Detections.of(npm, TOKEN + "_x")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("npm_")) {
            assertThat(Detections.of(npm, text)).as(text).isEmpty();
        }
        assertThat(Detections.of(npm, "npm_config_registry and npm_package_version")).isEmpty();
    }
}
