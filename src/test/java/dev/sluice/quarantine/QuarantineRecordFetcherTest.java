package dev.sluice.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class QuarantineRecordFetcherTest {

    @Test
    void consumerSettingsKeepClientSecurity() {
        Properties properties = QuarantineRecordFetcher.consumerProperties(Map.of(
                "bootstrap.servers", "127.0.0.1:9092",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "ssl.truststore.location", "/etc/sluice/truststore.p12",
                "schema.registry.url", "mock://fetcher-test",
                "processing.guarantee", "exactly_once_v2",
                "group.id", "sluice",
                "consumer.max.partition.fetch.bytes", "2097152",
                "consumer.isolation.level", "read_uncommitted"));

        assertThat(properties).containsEntry("bootstrap.servers", "127.0.0.1:9092");
        assertThat(properties).containsEntry("security.protocol", "SASL_SSL");
        assertThat(properties).containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(properties).containsEntry("ssl.truststore.location", "/etc/sluice/truststore.p12");
        assertThat(properties).containsEntry("max.partition.fetch.bytes", "2097152");
        assertThat(properties).doesNotContainKeys("schema.registry.url", "processing.guarantee", "group.id");
        assertThat(properties).containsEntry("isolation.level", "read_committed");
        assertThat(properties).containsEntry("enable.auto.commit", "false");
        assertThat(properties).containsEntry("allow.auto.create.topics", "false");
    }
}
