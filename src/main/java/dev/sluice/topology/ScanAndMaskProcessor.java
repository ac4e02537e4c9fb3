package dev.sluice.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sluice.avro.Lineage;
import dev.sluice.avro.QuarantineRecord;
import dev.sluice.avro.QuarantineVerdict;
import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.policy.QuarantineDecision;
import dev.sluice.policy.QuarantineRules;
import dev.sluice.redaction.FieldFinding;
import dev.sluice.redaction.RecordRedaction;
import dev.sluice.redaction.RecordRedactor;
import dev.sluice.redaction.StrictUtf8;

/**
 * Scans and masks every string of a decoded event and of its allowed headers, then decides whether the masked record
 * may go to vendors or must be quarantined. A scan that throws quarantines the record: it was not proven safe.
 */
final class ScanAndMaskProcessor implements FixedKeyProcessor<byte[], EventEnvelope, RedactionOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(ScanAndMaskProcessor.class);

    static final String HEADER_PATH_PREFIX = "headers.";
    static final String SCAN_STEP = "scan-and-mask";

    private final RecordRedactor redactor;
    private final Set<String> forwardHeaders;
    private final SluiceMetrics metrics;
    private FixedKeyProcessorContext<byte[], RedactionOutcome> context;

    ScanAndMaskProcessor(RecordRedactor redactor, Set<String> forwardHeaders, SluiceMetrics metrics) {
        this.redactor = redactor;
        this.forwardHeaders = forwardHeaders;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], RedactionOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], EventEnvelope> record) {
        long started = System.nanoTime();
        Lineage lineage = lineage(record.timestamp());
        GenericRecord event = record.value().event();

        RedactionOutcome outcome;
        try {
            outcome = scan(record, event, lineage);
        } catch (RuntimeException e) {
            LOG.error("Scan failed for {}-{}@{} in task {}; quarantining the record ({})", lineage.getSourceTopic(),
                    lineage.getPartition(), lineage.getOffset(), context.taskId(), e.getClass().getName());
            QuarantineDecision decision = QuarantineRules.failed(QuarantineVerdict.DETECTION_FAILED, SCAN_STEP);
            outcome = quarantine(record, event, lineage, decision);
        }
        metrics.recordProcessingTime(Duration.ofNanos(System.nanoTime() - started));
        context.forward(record.withValue(outcome));
    }

    private RedactionOutcome scan(FixedKeyRecord<byte[], EventEnvelope> record, GenericRecord event,
            Lineage lineage) {
        RecordRedaction redaction = redactor.begin();
        GenericRecord masked = redaction.redactRecord(event);
        Headers headers = maskedForwardHeaders(record.headers(), redaction);

        Map<String, Integer> counts = new TreeMap<>();
        for (FieldFinding finding : redaction.findings()) {
            counts.merge(finding.finding().entityType(), 1, Integer::sum);
        }
        counts.forEach(metrics::recordDetections);

        Optional<QuarantineDecision> decision = QuarantineRules.decide(redaction.findings(),
                redaction.unscannableFields());
        if (decision.isPresent()) {
            return quarantine(record, event, lineage, decision.get());
        }
        String vendorKey = stringField(masked, "event_id");
        return new RedactionOutcome.Masked(stringField(event, "project"), vendorKey, masked, headers, counts);
    }

    /** Keeps only the allowed headers whose values are UTF-8 text, and masks those values. */
    private Headers maskedForwardHeaders(Headers input, RecordRedaction redaction) {
        RecordHeaders out = new RecordHeaders();
        for (Header header : input) {
            String name = header.key().toLowerCase(Locale.ROOT);
            if (!forwardHeaders.contains(name) || header.value() == null) {
                continue;
            }
            Optional<String> text = StrictUtf8.decode(header.value());
            if (text.isEmpty()) {
                LOG.debug("Dropping header {} in task {}: its value is not UTF-8 text", name, context.taskId());
                continue;
            }
            String masked = redaction.redactText(HEADER_PATH_PREFIX + name, text.get());
            out.add(header.key(), masked.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private RedactionOutcome quarantine(FixedKeyRecord<byte[], EventEnvelope> record, GenericRecord event,
            Lineage lineage, QuarantineDecision decision) {
        QuarantineRecord quarantined = QuarantineRecord.newBuilder()
                .setEventId(stringField(event, "event_id"))
                .setProject(stringField(event, "project"))
                .setVerdict(decision.verdict())
                .setReasons(decision.reasons())
                .setLineage(lineage)
                .setQuarantinedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
                .setOriginalKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
                .setOriginalValue(ByteBuffer.wrap(record.value().rawValue()))
                .build();
        return new RedactionOutcome.Quarantined(quarantined);
    }

    private Lineage lineage(long timestamp) {
        RecordMetadata metadata = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("record metadata missing in " + SCAN_STEP));
        return new Lineage(metadata.topic(), metadata.partition(), metadata.offset(), Instant.ofEpochMilli(timestamp));
    }

    private static String stringField(GenericRecord record, String name) {
        if (record.getSchema().getField(name) == null) {
            return null;
        }
        Object value = record.get(name);
        return value == null ? null : value.toString();
    }
}
