package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the HashiCorp Vault token detector. Tokens are random, split after the prefix for secret scanners. */
class VaultTokenDetectorTest {

    private static final String BODY =
            "Cb7tAweitCLORxWis8hgnwKZ2ys5OFa75uYIcdMo46AYjkp4gy08VdUpNGu30zp7tHNP5YFTiy7UQ6t2BWgFCcVjaxRf6";

    private final VaultTokenDetector vault = new VaultTokenDetector();

    @Test
    void findsServiceBatchAndRecoveryTokens() {
        String text = "VAULT_TOKEN=hvs." + BODY + "\nbatch hvb." + BODY + " recovery hvr." + BODY + ".";

        assertThat(Detections.texts(vault, text)).containsExactly("hvs." + BODY, "hvb." + BODY, "hvr." + BODY);
    }

    @Test
    void rejectsShortBodyAndDottedNames() {
        assertThat(Detections.of(vault, "hvs." + "Cb7tAweitCLORx")).isEmpty();
        assertThat(Detections.of(vault, "hvs.config_settings_for_the_cluster and hvs.ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
                .isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(vault, "xhvs." + BODY)).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("hvs.")) {
            assertThat(Detections.of(vault, text)).as(text).isEmpty();
        }
    }
}
