package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the SendGrid key detector. Keys are random, split after the prefix for secret scanners. */
class SendGridKeyDetectorTest {

    private static final String KEY = "SG." + "PuMKvo8jMr8Y4emFaDGGCg.9QPvtZQa05mfShL7uEIOejp2nnERN66NvBERacPDCLS";

    private final SendGridKeyDetector sendGrid = new SendGridKeyDetector();

    @Test
    void findsKeyInEnvironmentAndQuotes() {
        String text = "SENDGRID_API_KEY=" + KEY + "\napiKey: '" + KEY + "'";

        assertThat(Detections.of(sendGrid, text)).containsExactly("SENDGRID_API_KEY:" + KEY, "SENDGRID_API_KEY:" + KEY);
    }

    @Test
    void rejectsWrongPartLengths() {
        assertThat(Detections.of(sendGrid, "SG." + "PuMKvo8jMr8Y4emFaDGGC.9QPvtZQa05mfShL7uEIOejp2nnERN66NvBERacPDCLS"))
                .isEmpty();
        assertThat(Detections.of(sendGrid, KEY.substring(0, KEY.length() - 1))).isEmpty();
    }

    @Test
    void rejectsKeyGluedInLongerWord() {
        assertThat(Detections.of(sendGrid, "XSG." + KEY.substring(3))).isEmpty();
        assertThat(Detections.of(sendGrid, KEY + "x")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("SG.")) {
            assertThat(Detections.of(sendGrid, text)).as(text).isEmpty();
        }
        assertThat(Detections.of(sendGrid, "SG.config.value and SG.mail.send")).isEmpty();
    }
}
