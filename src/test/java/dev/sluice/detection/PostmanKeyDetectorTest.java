package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Postman API key detector. Keys are random, split after the prefix for secret scanners. */
class PostmanKeyDetectorTest {

    private static final String KEY = "PMAK-" + "c3f252edc87ff4adfa36d084-0164709ab7f3f386d0cd566647b5aa6663";

    private final PostmanKeyDetector postman = new PostmanKeyDetector();

    @Test
    void findsKeyInHeader() {
        assertThat(Detections.of(postman, "x-api-key: " + KEY + "\n")).containsExactly("POSTMAN_API_KEY:" + KEY);
    }

    @Test
    void rejectsWrongPartLengths() {
        assertThat(Detections.of(postman, "PMAK-" + "c3f252edc87ff4adfa36d08-0164709ab7f3f386d0cd566647b5aa6663"))
                .isEmpty();
        assertThat(Detections.of(postman, KEY.substring(0, KEY.length() - 1))).isEmpty();
    }

    @Test
    void rejectsKeyGluedInLongerWord() {
        assertThat(Detections.of(postman, "X" + KEY)).isEmpty();
        assertThat(Detections.of(postman, KEY + "f")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("PMAK-")) {
            assertThat(Detections.of(postman, text)).as(text).isEmpty();
        }
    }
}
