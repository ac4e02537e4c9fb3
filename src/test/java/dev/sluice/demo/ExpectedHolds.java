package dev.sluice.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.sluice.detection.FindingCategory;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.PipelineDefinitionLoader;
import dev.sluice.policy.VendorRoute;
import dev.sluice.policy.vendor.FieldAction;
import dev.sluice.policy.vendor.FieldPath;
import dev.sluice.policy.vendor.VendorPolicy;

/**
 * Works out, from the sample events and the bundled policies, which vendors must not get each event. A vendor is
 * held back from an event when a planted value of a type its quarantine rules name sits in a field it scans.
 */
final class ExpectedHolds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SECRET_TYPES = Set.of("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "JWT",
            "PASSWORD", "PRIVATE_KEY");
    private static final String LABEL_TYPE = "CONFIDENTIALITY_LABEL";

    private final PipelineDefinition pipeline;
    private final Map<String, JsonNode> events;

    private ExpectedHolds(PipelineDefinition pipeline, Map<String, JsonNode> events) {
        this.pipeline = pipeline;
        this.events = events;
    }

    static ExpectedHolds load(Path eventsFile, Path pipelineFile) throws IOException {
        Map<String, JsonNode> events = new HashMap<>();
        for (String line : Files.readAllLines(eventsFile, StandardCharsets.UTF_8)) {
            JsonNode event = JSON.readTree(line);
            events.put(event.path("event_id").asText(), event);
        }
        return new ExpectedHolds(PipelineDefinitionLoader.load(pipelineFile), events);
    }

    /** Returns the vendors that receive the project of event {@code id}. */
    Set<String> vendorsOf(String id) {
        Set<String> vendors = new HashSet<>();
        pipeline.vendorsFor(events.get(id).path("project").asText()).forEach(vendor -> vendors.add(vendor.name()));
        return vendors;
    }

    /** Returns the vendors whose policy must hold event {@code id} back, given its planted values. */
    Set<String> heldFor(String id, JsonNode planted) {
        JsonNode event = events.get(id);
        Set<String> held = new HashSet<>();
        for (VendorRoute vendor : pipeline.vendorsFor(event.path("project").asText())) {
            VendorPolicy policy = vendor.policy();
            for (JsonNode value : planted) {
                if (quarantines(policy, value.path("type").asText())
                        && scannedFieldContains(policy, event, value.path("value").asText())) {
                    held.add(vendor.name());
                }
            }
        }
        return held;
    }

    private static boolean quarantines(VendorPolicy policy, String type) {
        Set<FindingCategory> categories = policy.quarantine().categories();
        return policy.quarantine().entityTypes().contains(type)
                || SECRET_TYPES.contains(type) && categories.contains(FindingCategory.SECRET)
                || LABEL_TYPE.equals(type) && categories.contains(FindingCategory.CONFIDENTIALITY_LABEL);
    }

    /** Returns whether {@code value} occurs in a field of {@code event} that {@code policy} scans. */
    private static boolean scannedFieldContains(VendorPolicy policy, JsonNode event, String value) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = event.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().startsWith("_") || !containsText(field.getValue(), value)) {
                continue;
            }
            JsonNode content = field.getValue();
            if (content.isTextual() && scans(policy, field.getKey())) {
                return true;
            }
            if (content.isArray()) {
                for (JsonNode item : content) {
                    if (item.isTextual() && item.asText().contains(value) && scans(policy, field.getKey() + "[*]")) {
                        return true;
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> parts = item.fields(); parts.hasNext(); ) {
                        Map.Entry<String, JsonNode> part = parts.next();
                        if (part.getValue().asText().contains(value)
                                && scans(policy, field.getKey() + "[*]." + part.getKey())) {
                            return true;
                        }
                    }
                }
            }
            if (content.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> entries = content.fields(); entries.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    if (entry.getValue().asText().contains(value) && !entry.getKey().isEmpty()
                            && scans(policy, field.getKey() + "." + entry.getKey())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean containsText(JsonNode node, String value) {
        return node.toString().contains(JSON.valueToTree(value).toString().replaceAll("^\"|\"$", ""));
    }

    private static boolean scans(VendorPolicy policy, String path) {
        return policy.actionFor(FieldPath.parse(path)) == FieldAction.SCAN;
    }
}
