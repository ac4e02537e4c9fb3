package dev.sluice.app;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.config.SluiceConfig;
import dev.sluice.config.SluiceHome;
import dev.sluice.detection.DetectionEngine;
import dev.sluice.metrics.PrometheusEndpoint;
import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.PipelineDefinitionLoader;
import dev.sluice.topology.PolicyRuntime;
import dev.sluice.topology.SluiceTopics;
import dev.sluice.topology.SluiceTopology;
import dev.sluice.topology.StreamsProperties;

/**
 * One running Sluice instance: the pipeline definition, the detection engine, the topology on Kafka Streams, and the
 * metrics endpoint, wired from a {@link SluiceConfig}. Used by both the {@code run} and the {@code demo} commands.
 */
public final class SluiceApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SluiceApplication.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final PipelineDefinition pipeline;
    private final SluiceTopics topics;
    private final PolicyRuntime policies;
    private final PrometheusMeterRegistry registry;
    private final SluiceMetrics metrics;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final PrometheusEndpoint endpoint;

    private SluiceApplication(SluiceConfig config) throws IOException {
        this.pipeline = PipelineDefinitionLoader.load(SluiceHome.resolve(config.get(SluiceConfig.PIPELINE_FILE)));
        this.topics = SluiceTopics.create(config, pipeline);
        // Keys load before any client or endpoint exists: a missing keyset stops startup with nothing to close.
        this.policies = PolicyRuntime.load(pipeline, config, System.getenv(),
                new DetectionEngine(pipeline.detectionSettings())::scan);
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.metrics = new SluiceMetrics(registry);
        // The endpoint starts first: if its port is taken, no Kafka client has been created that would need closing.
        this.endpoint = startEndpoint(config, registry);

        try {
            this.streams = createStreams(config);
        } catch (RuntimeException e) {
            if (endpoint != null) {
                endpoint.close();
            }
            registry.close();
            throw e;
        }
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        this.streamsMetrics.bindTo(registry);
    }

    private KafkaStreams createStreams(SluiceConfig config) {
        Topology topology = new SluiceTopology(topics, pipeline, policies, metrics, config.outputLimitBytes()).build();
        Properties properties = StreamsProperties.create(config, metrics);
        KafkaStreams kafkaStreams = new KafkaStreams(topology, properties);
        kafkaStreams.setUncaughtExceptionHandler(exception -> {
            LOG.error("Stream thread failed; shutting this instance down so that no record is skipped", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        return kafkaStreams;
    }

    private static PrometheusEndpoint startEndpoint(SluiceConfig config, PrometheusMeterRegistry registry)
            throws IOException {
        int port = config.get(SluiceConfig.METRICS_PORT);
        if (port < 0) {
            return null;
        }
        String host = config.get(SluiceConfig.METRICS_HOST);
        try {
            return PrometheusEndpoint.start(registry, host, port);
        } catch (IOException e) {
            registry.close();
            throw new IOException("Cannot start the metrics endpoint on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another " + SluiceConfig.METRICS_PORT.name() + ", 0 for a free port or -1 to disable "
                    + "it", e);
        }
    }

    /** Builds the topology and the metrics endpoint; call {@link #start()} to begin processing. */
    public static SluiceApplication create(SluiceConfig config) throws IOException {
        return new SluiceApplication(config);
    }

    public void start() {
        LOG.info("Starting Sluice: {} vendor(s), input {}", pipeline.vendors().size(), topics.input().name());
        streams.start();
    }

    public PipelineDefinition pipeline() {
        return pipeline;
    }

    public SluiceTopics topics() {
        return topics;
    }

    public SluiceMetrics metrics() {
        return metrics;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** URL of the Prometheus endpoint, or null if it is disabled. */
    public String metricsUrl() {
        return endpoint == null ? null : endpoint.url();
    }

    @Override
    public void close() {
        close(CLOSE_TIMEOUT);
    }

    /**
     * Stops Kafka Streams, waiting at most {@code timeout} for it, then the metrics. A short timeout suits an
     * instance that never started: its clients may still be trying to reach a cluster that does not respond.
     */
    public void close(Duration timeout) {
        LOG.info("Stopping Sluice");
        streams.close(timeout);
        streamsMetrics.close();
        if (endpoint != null) {
            endpoint.close();
        }
        registry.close();
    }
}
