package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HttpAuthorizationDetectorTest {

    private static final String BEARER = "SFW.XuIC_OvzbgfqIFxq9nAaUdFk0fNWoe9fLX6H";

    private final HttpAuthorizationDetector detector = new HttpAuthorizationDetector();

    @Test
    void findsBearerTokenInHeader() {
        assertThat(Detections.of(detector, "Authorization: Bearer " + BEARER + "\r\nAccept: */*"))
                .containsExactly("BEARER_TOKEN:" + BEARER);
        assertThat(Detections.of(detector, "curl -H 'authorization: bearer " + BEARER + "'."))
                .containsExactly("BEARER_TOKEN:" + BEARER);
    }

    @Test
    void ignoresBearerInProse() {
        assertThat(Detections.of(detector, "The bearer of this letter, bearer tokens, Bearer authentication-required"))
                .isEmpty();
    }

    @Test
    void findsBasicCredentials() {
        String credentials = base64("deploy:Xq9-Lm4pz-77");

        assertThat(Detections.of(detector, "Authorization: Basic " + credentials))
                .containsExactly("BASIC_AUTH:" + credentials);
    }

    @Test
    void ignoresBasicWithoutUserAndPassword() {
        String text = "Basic auth is enabled. basic setup, Basic " + base64("no colon here") + ", Basic "
                + base64(":onlypassword") + ", Basic " + base64("onlyuser:");

        assertThat(Detections.of(detector, text)).isEmpty();
    }

    @Test
    void ignoresBasicDecodingToBinary() {
        assertThat(HttpAuthorizationDetector.isUserAndPassword("AAE6AgM=")).isFalse();
        assertThat(HttpAuthorizationDetector.isUserAndPassword(base64("ana:pw"))).isTrue();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
