package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Databricks token detector. Tokens are random, split after the prefix for secret scanners. */
class DatabricksTokenDetectorTest {

    private static final String TOKEN = "dapi" + "062d15a4f4ef27e9589c6948f6d30c01";

    private final DatabricksTokenDetector databricks = new DatabricksTokenDetector();

    @Test
    void findsTokenWithAndWithoutSuffix() {
        String text = "token = " + TOKEN + "\nDATABRICKS_TOKEN=" + TOKEN + "-2";

        assertThat(Detections.texts(databricks, text)).containsExactly(TOKEN, TOKEN + "-2");
    }

    @Test
    void rejectsWrongLengthAndUpperCaseHex() {
        assertThat(Detections.of(databricks, TOKEN.substring(0, 35))).isEmpty();
        assertThat(Detections.of(databricks, "dapi" + "062D15A4F4EF27E9589C6948F6D30C01")).isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(databricks, "x" + TOKEN)).isEmpty();
        assertThat(Detections.of(databricks, TOKEN + "a")).isEmpty();
        assertThat(Detections.of(databricks, TOKEN + "-23")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("dapi")) {
            assertThat(Detections.of(databricks, text)).as(text).isEmpty();
        }
        assertThat(Detections.of(databricks, "the dapi client and dapitoken settings")).isEmpty();
    }
}
