package dev.sluice.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionRules;
import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;

class DetectionSectionTest {

    private static final String VENDORS = "version: 1\nvendors:\n  - name: a\n    topic: t.a\n    projects: [p]\n"
            + "    policy: " + Path.of("src/test/resources/policies/a.yaml").toAbsolutePath() + "\n";

    @Test
    void bundledPipelineDefinesOperatorDetectors() {
        PipelineDefinition pipeline = PipelineDefinitionLoader.load(Path.of("topology/pipeline.yaml"));
        DetectionRules rules = pipeline.detectionRules();

        assertThat(rules.internalDomains()).contains("internal.example.com");
        assertThat(rules.customPatterns()).extracting(pattern -> pattern.name()).contains("employee-id");
        assertThat(rules.tuning()).containsKey("phone");
    }

    @Test
    void sectionBecomesDetectorsOfTheEngine() {
        String yaml = VENDORS + """
                detection:
                  ticket_prefixes: [LAB]
                  patterns:
                    - {name: employee-id, entity_type: EMPLOYEE_ID, category: personal_data, pattern: 'EMP-[0-9]{6}'}
                  dictionaries:
                    - {name: customers, entity_type: CUSTOMER_NAME, category: Proprietary_Marker, terms: [Initech]}
                """;
        DetectionEngine engine = new DetectionEngine(load(yaml).detectionSettings());
        String text = "LAB-77 mentions EMP-123456 of INITECH.";

        List<String> found = engine.scan(text).stream()
                .map(f -> f.entityType() + ":" + text.substring(f.start(), f.end())).toList();

        assertThat(found).containsExactly("INTERNAL_TICKET_ID:LAB-77", "EMPLOYEE_ID:EMP-123456",
                "CUSTOMER_NAME:INITECH");
        assertThat(engine.scan(text)).extracting(Finding::category)
                .containsExactly(FindingCategory.PROPRIETARY_MARKER, FindingCategory.PERSONAL_DATA,
                        FindingCategory.PROPRIETARY_MARKER);
    }

    @Test
    void invalidPatternIsReportedWithItsPath() {
        String yaml = VENDORS + """
                detection:
                  patterns:
                    - {name: lookbehind, entity_type: X, category: secret, pattern: '(?<=a)b'}
                    - {name: empty, entity_type: X, category: secret, pattern: 'a*'}
                """;

        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("detection.patterns[0]: custom pattern 'lookbehind': not a valid RE2 pattern")
                .hasMessageContaining("detection.patterns[1]: custom pattern 'empty': pattern matches the empty string");
    }

    @Test
    void badNamesCategoriesAndPrefixesAreListed() {
        String yaml = VENDORS + """
                detection:
                  internal_domains: [localhost]
                  ticket_prefixes: [lab]
                  patterns:
                    - {name: Bad Name, entity_type: X, category: secret, pattern: 'x'}
                    - {name: ok, entity_type: lower, category: secret, pattern: 'x'}
                    - {name: ok2, entity_type: X, category: pii, pattern: 'x'}
                  dictionaries:
                    - {name: d, entity_type: X, category: secret}
                """;

        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("custom pattern name 'Bad Name' is invalid")
                .hasMessageContaining("entity type 'lower' is invalid")
                .hasMessageContaining("detection.patterns[2].category 'pii' is unknown; use one of [personal_data, "
                        + "secret, confidentiality_label, proprietary_marker]")
                .hasMessageContaining("dictionary 'd' has no terms");
    }

    @Test
    void domainAndPrefixErrorsAreReported() {
        assertThatThrownBy(() -> load(VENDORS + "detection:\n  internal_domains: [localhost]\n"))
                .hasMessageContaining("internal domain 'localhost' is not a DNS suffix");
        assertThatThrownBy(() -> load(VENDORS + "detection:\n  ticket_prefixes: [lab]\n"))
                .hasMessageContaining("ticket prefix 'lab' is not a project key");
    }

    @Test
    void tuningAnUnknownDetectorNamesTheValidOnes() {
        String yaml = VENDORS + "detection:\n  detectors:\n    telephone: {threshold: 0.7}\n";

        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("detector 'telephone' does not exist")
                .hasMessageContaining("phone");
    }

    @Test
    void duplicateListReplacingTheFirstIsRejected() {
        String yaml = VENDORS + "codenames: [Kestrel]\ncodenames: []\n";

        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("Duplicate field 'codenames'");
    }

    @Test
    void thresholdOutOfRangeIsRejected() {
        String yaml = VENDORS + "detection:\n  detectors:\n    phone: {threshold: 1.5}\n";

        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("detection.detectors.phone: threshold must be between 0 and 1, got 1.5");
    }

    @Test
    void dictionaryTermsFromFile(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("customers.txt"), "# customers\nInitech Labs\n\nGlobex\n");
        Path pipeline = directory.resolve("pipeline.yaml");
        Files.writeString(pipeline, VENDORS + """
                detection:
                  dictionaries:
                    - {name: customers, entity_type: CUSTOMER_NAME, category: proprietary_marker, file: customers.txt}
                """);

        DetectionRules rules = PipelineDefinitionLoader.load(pipeline).detectionRules();

        assertThat(rules.dictionaries().get(0).terms()).containsExactly("Initech Labs", "Globex");
    }

    @Test
    void missingDictionaryFileIsReported() {
        String yaml = VENDORS + """
                detection:
                  dictionaries:
                    - {name: customers, entity_type: CUSTOMER_NAME, category: proprietary_marker, file: nope.txt}
                """;

        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("detection.dictionaries[0].file: cannot read");
    }

    private static PipelineDefinition load(String yaml) {
        return PipelineDefinitionLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "test.yaml");
    }
}
