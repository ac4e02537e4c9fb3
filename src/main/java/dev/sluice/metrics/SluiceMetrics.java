package dev.sluice.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The meters Sluice reports, registered once on a {@link MeterRegistry}. Names follow Micrometer's dotted
 * convention; the Prometheus registry renders them as {@code sluice_records_total} and so on.
 */
public final class SluiceMetrics {

    /** Kafka Streams configuration key under which the topology and the error handlers find this instance. */
    public static final String CONFIG_KEY = "sluice.metrics.instance";

    static final String RECORDS = "sluice.records";
    static final String DETECTIONS = "sluice.detections";
    static final String DEAD_LETTERS = "sluice.dead.letters";
    static final String PROCESSING = "sluice.record.processing";

    /** Tag value for outcomes that concern no single vendor. */
    static final String NO_VENDOR = "none";

    private final MeterRegistry registry;
    private final Timer processingTimer;

    public SluiceMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.processingTimer = Timer.builder(PROCESSING)
                .description("Time to scan, mask and decide the outcome of one decoded record")
                .publishPercentileHistogram()
                .register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void recordOutcome(Outcome outcome, String vendor) {
        Counter.builder(RECORDS)
                .description("Input records by outcome; a record sent to several vendors counts once per vendor")
                .tag("outcome", outcome.tagValue())
                .tag("vendor", vendor == null ? NO_VENDOR : vendor)
                .register(registry)
                .increment();
    }

    public void recordOutcome(Outcome outcome) {
        recordOutcome(outcome, null);
    }

    /** Counts one dead letter by reason code, on top of the {@link Outcome#DEAD_LETTER} outcome. */
    public void recordDeadLetter(String reason) {
        recordOutcome(Outcome.DEAD_LETTER);
        Counter.builder(DEAD_LETTERS)
                .description("Records written to the dead-letter topic, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public void recordDetections(String entityType, int count) {
        Counter.builder(DETECTIONS)
                .description("Sensitive spans found, by entity type")
                .tag("entity_type", entityType)
                .register(registry)
                .increment(count);
    }

    public void recordProcessingTime(Duration duration) {
        processingTimer.record(duration);
    }

    /** Returns the total of {@code sluice.records} for {@code outcome} across vendors. */
    public double outcomeTotal(Outcome outcome) {
        return registry.find(RECORDS).tag("outcome", outcome.tagValue()).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    /** Returns the detection count per entity type, sorted by entity type. */
    public java.util.SortedMap<String, Long> detectionTotals() {
        java.util.SortedMap<String, Long> totals = new java.util.TreeMap<>();
        registry.find(DETECTIONS).counters().forEach(counter -> totals.merge(counter.getId().getTag("entity_type"),
                (long) counter.count(), Long::sum));
        return totals;
    }
}
