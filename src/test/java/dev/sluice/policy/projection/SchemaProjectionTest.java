package dev.sluice.policy.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import dev.sluice.avro.AnnotationEvent;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.policy.vendor.VendorPolicyLoader;

class SchemaProjectionTest {

    private static final Schema TICKET = new Schema.Parser().parse("""
            {"type": "record", "name": "Ticket", "namespace": "test", "fields": [
              {"name": "id", "type": "long"},
              {"name": "opened", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["OPEN", "CLOSED"]}},
              {"name": "customer", "type": {"type": "record", "name": "Person", "fields": [
                {"name": "name", "type": "string"},
                {"name": "email", "type": ["null", "string"], "default": null}]}},
              {"name": "agent", "type": ["null", "Person"], "default": null},
              {"name": "turns", "type": {"type": "array", "items": {"type": "record", "name": "Turn", "fields": [
                {"name": "speaker", "type": "string"},
                {"name": "text", "type": "string"},
                {"name": "attachments", "type": {"type": "array", "items": "bytes"}}]}}},
              {"name": "tags", "type": {"type": "map", "values": "string"}},
              {"name": "internal", "type": "string"}]}
            """);

    @Test
    void keepsOnlyWhatThePolicyNames() {
        Schema projected = SchemaProjection.project(TICKET, policy("""
                id: hash
                status: pass
                customer.email: scan
                turns[*].text: scan
                tags.*: scan
                """));

        assertThat(names(projected)).containsExactly("id", "status", "customer", "turns", "tags");
        assertThat(projected.getField("id").schema().getType()).isEqualTo(Schema.Type.STRING);
        assertThat(names(projected.getField("customer").schema())).containsExactly("email");
        assertThat(names(projected.getField("turns").schema().getElementType())).containsExactly("text");
        assertThat(projected.getField("tags").schema().getValueType().getType()).isEqualTo(Schema.Type.STRING);
        assertThat(projected.getField("status").schema()).isEqualTo(TICKET.getField("status").schema());
    }

    @Test
    void keepsLogicalTypesNullabilityAndDefaults() {
        Schema projected = SchemaProjection.project(TICKET, policy("""
                opened: pass
                agent.email: tokenize
                customer.name: scan
                """));

        assertThat(projected.getField("opened").schema().getLogicalType().getName()).isEqualTo("timestamp-millis");
        Schema agent = projected.getField("agent").schema();
        assertThat(agent.getType()).isEqualTo(Schema.Type.UNION);
        assertThat(agent.getTypes().get(0).getType()).isEqualTo(Schema.Type.NULL);
        assertThat(projected.getField("agent").hasDefaultValue()).isTrue();
        assertThat(names(agent.getTypes().get(1))).containsExactly("email");
    }

    @Test
    void sameRecordProjectedTwoWaysGetsTwoNames() {
        Schema projected = SchemaProjection.project(TICKET, policy("""
                customer.name: scan
                agent.email: scan
                """));

        Schema customer = projected.getField("customer").schema();
        Schema agent = projected.getField("agent").schema().getTypes().get(1);
        assertThat(customer.getName()).isEqualTo("Person");
        assertThat(agent.getName()).isEqualTo("Person_2");
        assertThat(new Schema.Parser().parse(projected.toString())).isEqualTo(projected);
    }

    @Test
    void parentRuleCoversChildrenAndLongestRuleWins() {
        Schema projected = SchemaProjection.project(TICKET, policy("""
                turns: scan
                turns[*].attachments: drop
                """));

        assertThat(names(projected.getField("turns").schema().getElementType())).containsExactly("speaker", "text");
    }

    @Test
    void policyKeepingNothingIsRejected() {
        assertThatThrownBy(() -> SchemaProjection.project(TICKET, policy("nothing: scan\n")))
                .hasMessageContaining("keeps no field of test.Ticket")
                .hasMessageContaining("internal");
    }

    @Test
    void bundledPolicyProjectsAnnotationEvent() {
        VendorPolicy northwind = VendorPolicyLoader.load(Path.of("topology/policies/northwind-labeling.yaml"));

        Schema projected = SchemaProjection.project(AnnotationEvent.getClassSchema(), northwind);

        assertThat(names(projected)).containsExactly("event_id", "event_type", "project", "language", "prompt",
                "response", "messages");
        assertThat(names(projected)).doesNotContain("annotator_id", "metadata", "annotator_notes");
    }

    private static VendorPolicy policy(String fields) {
        String yaml = "format: 1\nvendor: test\nversion: '1'\nkeys: {pseudonym: 'env:P', encryption: 'env:E'}\n"
                + "fields:\n" + fields.lines().map(line -> "  " + line).reduce("", (a, b) -> a + b + "\n");
        return VendorPolicyLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
    }

    private static List<String> names(Schema record) {
        return record.getFields().stream().map(Schema.Field::name).toList();
    }
}
