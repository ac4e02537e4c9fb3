package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the PyPI token detector. Tokens are random, split after the prefix for secret scanners. */
class PyPiTokenDetectorTest {

    private static final String TOKEN = "pypi-AgEIcHlwaS5vcmc"
            + "KgodkDINzNlxICAbaG8wy1JZirLnqB0PRfMBH7-WY5YQ1xOy1bAimCaXyMFSb4hBqlxJJLx";

    private final PyPiTokenDetector pypi = new PyPiTokenDetector();

    @Test
    void findsTokenInPypirc() {
        String text = "[pypi]\nusername = __token__\npassword = " + TOKEN + "\n";

        assertThat(Detections.of(pypi, text)).containsExactly("PYPI_TOKEN:" + TOKEN);
    }

    @Test
    void rejectsShortBodyAndOtherIssuer() {
        assertThat(Detections.of(pypi, "pypi-AgEIcHlwaS5vcmc" + "KgodkDINzN")).isEmpty();
        assertThat(Detections.of(pypi, "pypi-AgENdGVzdC5weXBpLm9yZw" + "KgodkDINzNlxICAbaG8wy1JZirLnqB0PRfMBH7-WY5Y"))
                .isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(pypi, "x" + TOKEN)).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("pypi-")) {
            assertThat(Detections.of(pypi, text)).as(text).isEmpty();
        }
    }
}
