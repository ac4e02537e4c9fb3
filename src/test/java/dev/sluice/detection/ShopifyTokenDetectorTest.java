package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Shopify token detector. Tokens are random, split after the prefix for secret scanners. */
class ShopifyTokenDetectorTest {

    private static final String BODY = "d0f0cc022238daceee2092f073ff80b9";

    private final ShopifyTokenDetector shopify = new ShopifyTokenDetector();

    @Test
    void findsEachPrefix() {
        String text = "shpat_" + BODY + " shpca_" + BODY + " shppa_" + BODY + " shpss_" + BODY;

        assertThat(Detections.texts(shopify, text)).containsExactly(
                "shpat_" + BODY, "shpca_" + BODY, "shppa_" + BODY, "shpss_" + BODY);
    }

    @Test
    void rejectsNonHexBodyAndWrongLength() {
        assertThat(Detections.of(shopify, "shpat_" + BODY.replace('d', 'g'))).isEmpty();
        assertThat(Detections.of(shopify, "shpat_" + BODY.substring(1))).isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(shopify, "xshpat_" + BODY)).isEmpty();
        assertThat(Detections.of(shopify, "shpat_" + BODY + "a")).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("shpat_")) {
            assertThat(Detections.of(shopify, text)).as(text).isEmpty();
        }
    }
}
