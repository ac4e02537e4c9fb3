package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingScorerTest {

    private static final String PHONE = "312-555-0187";

    @Test
    void positiveContextWordRaisesScoreAndExplainsIt() {
        DetectionEngine engine = engine(Map.of());

        Finding near = only(engine.scan("Please call " + PHONE + " tomorrow."));
        Finding far = only(engine.scan("The number we have on file for the account is this " + PHONE + "."));

        assertThat(near.contextWord()).isEqualTo("call");
        assertThat(near.score()).isGreaterThan(far.score());
        assertThat(far.contextWord()).isNull();
    }

    @Test
    void contextWordsInOtherScriptsCount() {
        Finding finding = only(engine(Map.of()).scan("電話番号は " + PHONE + " です"));

        assertThat(finding.contextWord()).isEqualTo("電話");
    }

    @Test
    void wordInsideAnotherWordIsNoContext() {
        Finding finding = only(engine(Map.of()).scan("Recalled entry " + PHONE + " from the list."));

        assertThat(finding.contextWord()).isNull();
    }

    @Test
    void negativeWordRightBeforeDropsUnvalidatedMatch() {
        DetectionEngine engine = engine(Map.of());

        assertThat(engine.scan("Order #" + PHONE + " shipped.")).isEmpty();
        assertThat(engine.scan("Order 12345 " + PHONE + " callback requested.")).hasSize(1);
    }

    @Test
    void negativeWordDoesNotDropChecksumValidatedMatch() {
        Finding card = only(engine(Map.of()).scan("invoice 4111 1111 1111 1111"));

        assertThat(card.entityType()).isEqualTo(EntityTypes.CREDIT_CARD);
    }

    @Test
    void versionBeforeDottedQuadIsNotAnAddress() {
        DetectionEngine engine = engine(Map.of());

        assertThat(engine.scan("firmware 10.20.30.40 installed")).isEmpty();
        assertThat(engine.scan("client 10.20.30.40 connected")).extracting(Finding::entityType)
                .containsExactly(EntityTypes.IP_ADDRESS);
    }

    @Test
    void detectorThresholdDropsLowScores() {
        DetectionEngine strict = engine(Map.of("phone", tuning(0.9, List.of(), List.of())));

        assertThat(strict.scan("The number is " + PHONE + ".")).isEmpty();
        assertThat(strict.scan("Call me on " + PHONE + ".")).hasSize(1);
    }

    @Test
    void allowListIgnoresSeparatorsAndCase() {
        DetectionEngine engine = engine(Map.of("phone", tuning(0.5, List.of("+1 (312) 555 0187"), List.of())));

        assertThat(engine.scan("Hotline: +1 312-555-0187, or 312.555.0164.")).extracting(Finding::start)
                .hasSize(1);
    }

    @Test
    void wildcardTuningAppliesToEveryDetector() {
        DetectionEngine engine = engine(Map.of(DetectionRules.ALL_DETECTORS,
                tuning(0.5, List.of("ana@example.com"), List.of())));

        assertThat(engine.scan("mail ANA@example.com or bo@example.com")).hasSize(1);
    }

    @Test
    void configuredContextWordIsUsed() {
        DetectionEngine engine = engine(Map.of("phone", tuning(0.5, List.of(), List.of("hotline"))));

        assertThat(only(engine.scan("Hotline " + PHONE)).contextWord()).isEqualTo("hotline");
    }

    @Test
    void unknownDetectorIdIsRejected() {
        assertThatThrownBy(() -> engine(Map.of("telephone", DetectorTuning.DEFAULT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detector 'telephone' does not exist");
    }

    @Test
    void thresholdOutsideUnitIntervalIsRejected() {
        assertThatThrownBy(() -> tuning(-0.1, List.of(), List.of()))
                .hasMessageContaining("threshold must be between 0 and 1");
    }

    private static DetectorTuning tuning(double threshold, List<String> allow, List<String> context) {
        return new DetectorTuning(threshold, allow, context, List.of());
    }

    private static DetectionEngine engine(Map<String, DetectorTuning> tuning) {
        DetectionRules rules = new DetectionRules(List.of(), List.of(), List.of(), List.of(), List.of(), tuning);
        return new DetectionEngine(new DetectionSettings(List.of(), List.of(),
                DetectionSettings.DEFAULT_PHONE_REGIONS, rules));
    }

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
