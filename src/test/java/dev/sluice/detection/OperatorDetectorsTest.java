package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OperatorDetectorsTest {

    private static final String CANARY = "5f0c2a7e-93d1-4b6e-8f2a-0d4c6b1e9a37";

    private final DetectionEngine engine = new DetectionEngine(new DetectionSettings(List.of("Kestrel"), List.of(),
            DetectionSettings.DEFAULT_PHONE_REGIONS, new DetectionRules(
                    List.of("corp.acme.example", ".acme.internal"), List.of("LAB", "RLHF2"), List.of(CANARY),
                    List.of(new CustomPattern("employee-id", "EMPLOYEE_ID", FindingCategory.PERSONAL_DATA,
                            "EMP-[0-9]{6}", 0.7, List.of("badge"))),
                    List.of(new CustomDictionary("people", "PERSON", FindingCategory.PERSONAL_DATA,
                            List.of("Zoë Müller", "Ken"))),
                    Map.of())));

    @Test
    void internalHostsAreWidenedToTheWholeName() {
        String text = "see https://grafana-02.eu.corp.acme.example/d/x and vault.acme.internal.";

        assertThat(found(text)).containsExactly("INTERNAL_HOST:grafana-02.eu.corp.acme.example",
                "INTERNAL_HOST:vault.acme.internal");
    }

    @Test
    void gluedSuffixIsNoHost() {
        assertThat(found("the acme.internalized flow and corp.acme.examples")).isEmpty();
    }

    @Test
    void ticketIdsStandAlone() {
        assertThat(found("Fixed in LAB-4821 and RLHF2-7; XLAB-12, LAB-12a and LAB-1-2 are not ids."))
                .containsExactly("INTERNAL_TICKET_ID:LAB-4821", "INTERNAL_TICKET_ID:RLHF2-7");
    }

    @Test
    void ticketContextPathMatchesPatternPath() {
        TicketIdDetector tickets = new TicketIdDetector(List.of("LAB", "RLHF2", "LA"));
        String[] atoms = {"LAB", "RLHF2", "LA", "B", "X", "a", "-", "--", " ", "1", "42", "123456789", "0", "_", ".",
            "\u2011", "\uFF0D", "LAB-", "-7", "Ä", "日"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int atomCount = 1 + random.nextInt(12);
            for (int i = 0; i < atomCount; i++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            ScanContext context = ScanContext.of(text.toString());
            List<Finding> plain = new ArrayList<>();
            List<Finding> fromRuns = new ArrayList<>();

            tickets.detect(context.text(), plain);
            tickets.detect(context, fromRuns);

            assertThat(fromRuns).as(text.toString()).isEqualTo(plain);
        }
    }

    @Test
    void canaryFoundInAnyForm() {
        String text = "row {" + CANARY.toUpperCase() + "} and " + CANARY.replace("-", "");

        List<Finding> findings = engine.scan(text);

        assertThat(findings).extracting(Finding::entityType).containsExactly("CANARY_TOKEN", "CANARY_TOKEN");
        assertThat(findings).extracting(Finding::category).containsOnly(FindingCategory.CONFIDENTIALITY_LABEL);
    }

    @Test
    void customPatternUsesItsScoreAndContextWords() {
        Finding plain = engine.scan("EMP-123456").get(0);
        Finding withContext = engine.scan("badge EMP-123456").get(0);

        assertThat(plain.detectorId()).isEqualTo("pattern:employee-id");
        assertThat(plain.score()).isEqualTo(0.7);
        assertThat(withContext.score()).isGreaterThan(0.7);
        assertThat(withContext.contextWord()).isEqualTo("badge");
    }

    @Test
    void dictionaryIgnoresCaseAndAccents() {
        assertThat(found("Ask zoe muller or ZOË MÜLLER; Ken knows, Kenya does not."))
                .containsExactly("PERSON:zoe muller", "PERSON:ZOË MÜLLER", "PERSON:Ken");
    }

    @Test
    void codenamesIgnoreAccents() {
        assertThat(found("Projekt Késtrel startet")).containsExactly("CODENAME:Késtrel");
    }

    @Test
    void invalidCustomPatternsAreRejected() {
        assertThatThrownBy(() -> new CustomPattern("x", "X", FindingCategory.SECRET, "(a", 0.9, List.of()))
                .hasMessageContaining("not a valid RE2 pattern");
        assertThatThrownBy(() -> new CustomPattern("x", "X", FindingCategory.SECRET, "(?:x)?", 0.9, List.of()))
                .hasMessageContaining("matches the empty string");
        assertThatThrownBy(() -> new CustomPattern("x", "X", FindingCategory.SECRET, "x", 1.5, List.of()))
                .hasMessageContaining("score must be between 0 and 1");
    }

    @Test
    void duplicateNamesAreRejected() {
        CustomPattern pattern = new CustomPattern("x", "X", FindingCategory.SECRET, "x", 0.9, List.of());

        assertThatThrownBy(() -> new DetectionRules(List.of(), List.of(), List.of(), List.of(pattern, pattern),
                List.of(), Map.of())).hasMessageContaining("custom pattern 'x' is defined twice");
    }

    @Test
    void operatorDetectorsAreIdleWithoutConfiguration() {
        DetectionEngine plain = new DetectionEngine(DetectionSettings.defaults());

        assertThat(plain.scan("LAB-4821 on db.corp.acme.example, " + CANARY)).isEmpty();
    }

    private List<String> found(String text) {
        return engine.scan(text).stream().map(f -> f.entityType() + ":" + text.substring(f.start(), f.end())).toList();
    }
}
