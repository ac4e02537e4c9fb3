package dev.sluice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SluiceConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsApplyWhenKeysAreAbsent() {
        SluiceConfig config = SluiceConfig.of(Map.of("bootstrap.servers", "127.0.0.1:9092"));

        assertThat(config.get(SluiceConfig.INPUT_TOPIC)).isEqualTo("annotations.raw");
        assertThat(config.get(SluiceConfig.PROCESSING_GUARANTEE)).isEqualTo("exactly_once_v2");
        assertThat(config.get(SluiceConfig.METRICS_HOST)).isEqualTo("127.0.0.1");
        assertThat(config.get(SluiceConfig.METRICS_PORT)).isEqualTo(9404);
    }

    @Test
    void missingBootstrapServersIsRejected() {
        assertThatThrownBy(() -> SluiceConfig.of(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bootstrap.servers is missing");
    }

    @Test
    void invalidValuesNameTheKey() {
        assertThatThrownBy(() -> SluiceConfig.of(Map.of("bootstrap.servers", "x:1", "sluice.metrics.port", "http")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sluice.metrics.port");
        assertThatThrownBy(() -> SluiceConfig.of(Map.of("bootstrap.servers", "x:1",
                "processing.guarantee", "exactly_once")))
                .hasMessageContaining("exactly_once_v2 or at_least_once");
    }

    @Test
    void environmentOverridesFile() throws Exception {
        Path file = dir.resolve("sluice.properties");
        Files.writeString(file, "bootstrap.servers=broker-a:9092\nsluice.topic.input=in.file\nlinger.ms=5\n");

        SluiceConfig config = SluiceConfig.load(file, Map.of(
                "SLUICE_BOOTSTRAP_SERVERS", "broker-b:9092",
                "SLUICE_TOPIC_INPUT", "in.env",
                "SLUICE_LINGER_MS", "20"));

        assertThat(config.get(SluiceConfig.BOOTSTRAP_SERVERS)).isEqualTo("broker-b:9092");
        assertThat(config.get(SluiceConfig.INPUT_TOPIC)).isEqualTo("in.env");
        assertThat(config.clientProperties()).containsEntry("linger.ms", "20");
    }

    @Test
    void clientPropertiesExcludeSluiceOwnKeys() {
        SluiceConfig config = SluiceConfig.of(Map.of("bootstrap.servers", "x:1", "sluice.topic.input", "in",
                "sluice.schema.registry.max.retries", "4"));

        assertThat(config.clientProperties())
                .doesNotContainKey("sluice.topic.input")
                .containsEntry("sluice.schema.registry.max.retries", "4")
                .containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("schema.registry.url", "mock://sluice");
    }

    @Test
    void missingFileIsReported() {
        assertThatThrownBy(() -> SluiceConfig.load(dir.resolve("absent.properties"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("absent.properties");
    }

    @Test
    void outputLimitFollowsSmallerProducerLimit() {
        SluiceConfig defaults = SluiceConfig.of(Map.of("bootstrap.servers", "x:1"));
        SluiceConfig smallerProducer = SluiceConfig.of(Map.of("bootstrap.servers", "x:1",
                "producer.max.request.size", "4096"));
        SluiceConfig largerProducer = SluiceConfig.of(Map.of("bootstrap.servers", "x:1",
                "max.request.size", "5000000", "sluice.output.max.bytes", "2000000"));

        assertThat(defaults.outputLimitBytes()).isEqualTo(1_000_000);
        assertThat(smallerProducer.outputLimitBytes()).isEqualTo(4096);
        assertThat(largerProducer.outputLimitBytes()).isEqualTo(2_000_000);
    }
}
