package dev.sluice.policy.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.Test;

import dev.sluice.detection.FindingCategory;

/**
 * Keeps the published JSON Schema of the policy format, {@code topology/policies/policy.schema.json}, in step with
 * the keys and values the loader reads.
 */
class PolicySchemaFileTest {

    private static final Path SCHEMA = Path.of("topology/policies/policy.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void schemaNamesEveryKeyTheLoaderReads() throws IOException {
        JsonNode properties = JSON.readTree(SCHEMA.toFile()).path("properties");

        assertThat(names(properties)).isEqualTo(jsonProperties(PolicyFile.class));
        assertThat(names(properties.path("keys").path("properties"))).isEqualTo(jsonProperties(PolicyFile.Keys.class));
        assertThat(names(properties.path("quarantine").path("properties")))
                .isEqualTo(jsonProperties(PolicyFile.Quarantine.class));
    }

    @Test
    void schemaListsEveryActionOperatorAndCategory() throws IOException {
        JsonNode properties = JSON.readTree(SCHEMA.toFile()).path("properties");

        assertThat(texts(properties.path("fields").path("additionalProperties").path("enum")))
                .isEqualTo(lowerCase(FieldAction.values()));
        JsonNode operators = properties.path("entities").path("additionalProperties").path("oneOf");
        assertThat(texts(operators.get(0).path("enum"))).isEqualTo(lowerCase(OperatorKind.values()));
        assertThat(texts(operators.get(1).path("properties").path("operator").path("enum")))
                .isEqualTo(lowerCase(OperatorKind.values()));
        assertThat(texts(properties.path("quarantine").path("properties").path("categories").path("items")
                .path("enum"))).isEqualTo(lowerCase(FindingCategory.values()));
    }

    @Test
    void bundledPoliciesUseOnlyKeysOfTheSchema() throws IOException {
        Set<String> known = names(JSON.readTree(SCHEMA.toFile()).path("properties"));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> policies;
        try (Stream<Path> files = Files.list(Path.of("topology/policies"))) {
            policies = files.filter(file -> file.toString().endsWith(".yaml")).toList();
        }

        assertThat(policies).isNotEmpty();
        for (Path policy : policies) {
            JsonNode content = yaml.readTree(policy.toFile());
            assertThat(known).as("keys of %s", policy).containsAll(names(content));
            assertThat(content.path("format").asInt()).isEqualTo(VendorPolicyLoader.FORMAT);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static Set<String> jsonProperties(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Field field : type.getDeclaredFields()) {
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property != null) {
                names.add(property.value());
            }
        }
        return names;
    }

    private static Set<String> lowerCase(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        Arrays.stream(values).forEach(value -> names.add(value.name().toLowerCase(Locale.ROOT)));
        return names;
    }
}
