package dev.sluice.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineDefinitionLoaderTest {

    @Test
    void bundledPipelineLoads() {
        PipelineDefinition pipeline = PipelineDefinitionLoader.load(Path.of("topology/pipeline.yaml"));

        assertThat(pipeline.vendors()).extracting(VendorRoute::name)
                .containsExactly("northwind-labeling", "atlas-annotate");
        assertThat(pipeline.vendorsFor("multilingual-chat")).hasSize(2);
        assertThat(pipeline.vendorsFor("safety-redteam")).isEmpty();
        assertThat(pipeline.codenames()).contains("Kestrel");
        assertThat(pipeline.forwardHeaders()).contains("traceparent");
    }

    @Test
    void unknownKeyNamesLine() {
        String yaml = "version: 1\nvendors:\n  - name: a\n    topic: t.a\n    projects: [p]\n    colour: red\n";

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(PipelineDefinitionException.class)
                .hasMessageContaining("test.yaml:6")
                .hasMessageContaining("unknown key 'vendors[0].colour'")
                .hasMessageContaining("projects");
    }

    @Test
    void everyProblemIsListed() {
        String yaml = """
                version: 2
                vendors:
                  - name: a
                    topic: "bad topic"
                    projects: []
                  - name: a
                    topic: t.b
                    projects: [p, p]
                phone_regions: [XX]
                """;

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(PipelineDefinitionException.class)
                .hasMessageContaining("only supported version is 1")
                .hasMessageContaining("not a valid Kafka topic name")
                .hasMessageContaining("projects is empty")
                .hasMessageContaining("defined twice")
                .hasMessageContaining("lists 'p' twice")
                .hasMessageContaining("'XX' is not an ISO 3166-1");
    }

    @Test
    void sharedTopicIsRejected() {
        String yaml = """
                version: 1
                vendors:
                  - {name: a, topic: shared, projects: [p]}
                  - {name: b, topic: shared, projects: [q]}
                """;

        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("already used by another vendor");
    }

    @Test
    void projectBothRoutedAndInternalIsRejected() {
        String yaml = """
                version: 1
                vendors:
                  - {name: a, topic: t.a, projects: [p]}
                internal_projects: [p]
                """;

        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("also listed in internal_projects");
    }

    @Test
    void personNamesReachDetectionSettings() {
        String yaml = """
                version: 1
                vendors:
                  - name: north
                    topic: vendor.north
                    projects: [chat]
                    policy: src/test/resources/policies/north.yaml
                person_names: [Ken, "Dani Kessler"]
                """;

        PipelineDefinition pipeline = load(yaml);

        assertThat(pipeline.detectionSettings().personNames()).containsExactly("Ken", "Dani Kessler");
        assertThat(PipelineDefinitionLoader.load(Path.of("topology/pipeline.yaml")).personNames()).isEmpty();
    }

    @Test
    void everyVendorNeedsAPolicyWrittenForIt() {
        String yaml = """
                version: 1
                vendors:
                  - {name: north, topic: vendor.north, projects: [chat]}
                  - {name: south, topic: vendor.south, projects: [mail], policy: src/test/resources/policies/north.yaml}
                  - {name: west, topic: vendor.west, projects: [code], policy: no/such/policy.yaml}
                """;

        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("vendor 'north': policy is missing")
                .hasMessageContaining("vendor: the policy is written for 'north'")
                .hasMessageContaining("no/such/policy.yaml not found");
    }

    @Test
    void policyHeadersMustBeForwardedByThePipeline(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("north.yaml"), """
                format: 1
                vendor: north
                version: "1"
                record_key: none
                headers: [trace-id, x-customer-email]
                fields: {prompt: scan}
                entities: {default: replace, PHONE_NUMBR: redact}
                """);
        Path pipeline = directory.resolve("pipeline.yaml");
        Files.writeString(pipeline, """
                version: 1
                vendors:
                  - {name: north, topic: vendor.north, projects: [chat], policy: north.yaml}
                forward_headers: [trace-id]
                """);

        assertThatThrownBy(() -> PipelineDefinitionLoader.load(pipeline))
                .hasMessageContaining("headers: 'x-customer-email' is not in the pipeline's forward_headers")
                .hasMessageContaining("did you mean PHONE_NUMBER?")
                .hasMessageNotContaining("trace-id' is not");
    }

    @Test
    void bundledPipelineAttachesEachVendorsPolicy() {
        PipelineDefinition pipeline = PipelineDefinitionLoader.load(Path.of("topology/pipeline.yaml"));

        for (VendorRoute vendor : pipeline.vendors()) {
            assertThat(vendor.policy().vendor()).isEqualTo(vendor.name());
            assertThat(vendor.policyDirectory()).isEqualTo(Path.of("topology/policies").toAbsolutePath());
        }
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> load("")).hasMessageContaining("the file is empty");
    }

    @Test
    void missingFileIsRejected() {
        assertThatThrownBy(() -> PipelineDefinitionLoader.load(Path.of("no/such/pipeline.yaml")))
                .hasMessageContaining("not found");
    }

    private static PipelineDefinition load(String yaml) {
        return PipelineDefinitionLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "test.yaml");
    }
}
