package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Docker Hub token detector. Tokens are random, split after the prefix for secret scanners. */
class DockerHubTokenDetectorTest {

    private static final String PAT = "dckr_pat_" + "NloPAmXXndI9le1kI3YLoJT6O0n";
    private static final String OAT = "dckr_oat_" + "7Fq-2wLm_9XyZpQrStUvWx01234";

    private final DockerHubTokenDetector docker = new DockerHubTokenDetector();

    @Test
    void findsPersonalAndOrganizationTokens() {
        String text = "echo " + PAT + " | docker login --password-stdin; org token " + OAT + ".";

        assertThat(Detections.of(docker, text)).containsExactly("DOCKER_HUB_TOKEN:" + PAT, "DOCKER_HUB_TOKEN:" + OAT);
    }

    @Test
    void rejectsShortBodyAndOtherKinds() {
        assertThat(Detections.of(docker, "dckr_pat_" + "NloPAmXXndI9")).isEmpty();
        assertThat(Detections.of(docker, "dckr_xyz_" + "NloPAmXXndI9le1kI3YLoJT6O0n")).isEmpty();
    }

    @Test
    void rejectsTokenGluedInLongerWord() {
        assertThat(Detections.of(docker, "my" + PAT)).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("dckr_pat_")) {
            assertThat(Detections.of(docker, text)).as(text).isEmpty();
        }
    }
}
