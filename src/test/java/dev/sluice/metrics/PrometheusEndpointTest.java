package dev.sluice.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.junit.jupiter.api.Test;

class PrometheusEndpointTest {

    @Test
    void servesSluiceMetricsOnLoopback() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        SluiceMetrics metrics = new SluiceMetrics(registry);
        metrics.recordOutcome(Outcome.VENDOR, "northwind");
        metrics.recordDeadLetter("CORRUPT_AVRO");
        metrics.recordDetections("EMAIL_ADDRESS", 3);

        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start(registry, "127.0.0.1", 0)) {
            assertThat(endpoint.url()).startsWith("http://127.0.0.1:");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(endpoint.url())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("sluice_records_total{outcome=\"vendor\",vendor=\"northwind\"} 1.0")
                    .contains("sluice_records_total{outcome=\"dead-letter\",vendor=\"none\"} 1.0")
                    .contains("sluice_dead_letters_total{reason=\"CORRUPT_AVRO\"} 1.0")
                    .contains("sluice_detections_total{entity_type=\"EMAIL_ADDRESS\"} 3.0");
        }
    }

    @Test
    void totalsSumAcrossVendors() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        SluiceMetrics metrics = new SluiceMetrics(registry);
        metrics.recordOutcome(Outcome.VENDOR, "a");
        metrics.recordOutcome(Outcome.VENDOR, "b");
        metrics.recordOutcome(Outcome.VENDOR, "b");

        assertThat(metrics.outcomeTotal(Outcome.VENDOR)).isEqualTo(3.0);
        assertThat(metrics.outcomeTotal(Outcome.QUARANTINE)).isZero();
    }
}
