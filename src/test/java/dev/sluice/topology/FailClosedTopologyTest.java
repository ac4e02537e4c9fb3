package dev.sluice.topology;

import static dev.sluice.topology.TopologyFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;

class FailClosedTopologyTest {

    @Test
    void scannerFailureQuarantinesRecord() {
        try (TopologyFixture fixture = new TopologyFixture(text -> {
            throw new IllegalStateException("detector bug");
        })) {
            fixture.send(null, event("evt-1", "helpdesk", "anything").build());

            assertThat(fixture.vendor("northwind").isEmpty()).isTrue();
            GenericRecord record = fixture.decode("sluice.quarantine", fixture.quarantine().readValue());
            assertThat(record.get("verdict").toString()).isEqualTo("DETECTION_FAILED");
        }
    }

    @Test
    void overlappingFindingsQuarantineRecord() {
        List<Finding> overlapping = List.of(
                new Finding(0, 5, "EMAIL_ADDRESS", FindingCategory.PERSONAL_DATA, "test", 1.0),
                new Finding(3, 8, "PHONE_NUMBER", FindingCategory.PERSONAL_DATA, "test", 1.0));
        try (TopologyFixture fixture = new TopologyFixture(text -> text.length() >= 8 ? overlapping : List.of())) {
            fixture.send(null, event("evt-2", "helpdesk", "0123456789").build());

            assertThat(fixture.vendor("northwind").isEmpty()).isTrue();
            GenericRecord record = fixture.decode("sluice.quarantine", fixture.quarantine().readValue());
            assertThat(record.get("verdict").toString()).isEqualTo("DETECTION_FAILED");
        }
    }
}
