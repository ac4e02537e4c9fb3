package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Hugging Face token detector. Tokens are random, split after the prefix for secret scanners. */
class HuggingFaceTokenDetectorTest {

    private static final String TOKEN = "hf_" + "QacjxdcglMLzgeonyLGcTJFizsoCmZcpvn";

    private final HuggingFaceTokenDetector huggingFace = new HuggingFaceTokenDetector();

    @Test
    void findsTokenInAssignmentAndCall() {
        String text = "HF_TOKEN=" + TOKEN + "\nlogin(token=\"" + TOKEN + "\")";

        assertThat(Detections.of(huggingFace, text)).containsExactly(
                "HUGGINGFACE_TOKEN:" + TOKEN, "HUGGINGFACE_TOKEN:" + TOKEN);
    }

    @Test
    void findsTokenNextToJapaneseText() {
        assertThat(Detections.texts(huggingFace, "トークン" + TOKEN + "を失効")).containsExactly(TOKEN);
    }

    @Test
    void rejectsShortBodyAndSingleCaseBody() {
        assertThat(Detections.of(huggingFace, "hf_" + "QacjxdcglMLzgeonyLGc")).isEmpty();
        assertThat(Detections.of(huggingFace, "hf_" + "modelcardmetadataloaderconfigvalues")).isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(huggingFace, "x" + TOKEN)).isEmpty();
        assertThat(Detections.of(huggingFace, TOKEN + "QacjxdcglMLz")).isEmpty();
        assertThat(Detections.of(huggingFace, TOKEN + "-suffix")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("hf_")) {
            assertThat(Detections.of(huggingFace, text)).as(text).isEmpty();
        }
    }
}
