package dev.sluice.topology;

import static dev.sluice.topology.TopologyFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import dev.sluice.config.SluiceConfig;
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

    @Test
    void oversizedVendorRecordsAreQuarantinedAndOversizedQuarantineRecordsDeadLettered() {
        // Placeholders are longer than the codenames they replace, so the masked record outgrows the limit while
        // the sealed original still fits.
        Map<String, String> smallLimit = Map.of(SluiceConfig.OUTPUT_MAX_BYTES.name(), "4500");
        try (TopologyFixture fixture = new TopologyFixture(null, smallLimit)) {
            fixture.send(null, event("evt-grows", "helpdesk", "Kestrel ".repeat(400)).build());
            fixture.send(null, event("evt-secret", "helpdesk", TopologyFixture.AWS_KEY + " " + "word ".repeat(1000))
                    .build());
            fixture.send(null, event("evt-small", "helpdesk", "short").build());

            GenericRecord held = fixture.decode("sluice.quarantine", fixture.quarantine().readValue());
            assertThat(held.get("event_id").toString()).isEqualTo("evt-grows");
            assertThat(held.get("verdict").toString()).isEqualTo("OUTPUT_TOO_LARGE");
            assertThat(fixture.quarantine().isEmpty()).isTrue();

            List<TestRecord<byte[], byte[]>> deadLetters = fixture.deadLetters().readRecordsToList();
            assertThat(deadLetters).extracting(record -> DeadLetterHeaders.get(record.headers(),
                    DeadLetterHeaders.REASON)).containsExactly("QUARANTINE_TOO_LARGE");
            assertThat(deadLetters.get(0).value()).isNull();
            assertThat(deadLetters.get(0).key()).isNull();
            assertThat(DeadLetterHeaders.get(deadLetters.get(0).headers(), DeadLetterHeaders.SOURCE_OFFSET))
                    .isEqualTo("1");
            List<TestRecord<byte[], byte[]>> delivered = fixture.vendor("northwind").readRecordsToList();
            assertThat(delivered).hasSize(1);
            assertThat(fixture.decode("vendor.northwind", delivered.get(0).value()).get("event_id").toString())
                    .isEqualTo("evt-small");
        }
    }
}
