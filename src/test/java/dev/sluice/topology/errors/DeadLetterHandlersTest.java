package dev.sluice.topology.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sluice.metrics.SluiceMetrics;
import dev.sluice.schemaregistry.AvroWireDeserializer;
import dev.sluice.schemaregistry.MockSchemaRegistry;
import dev.sluice.schemaregistry.SchemaRegistryException;
import dev.sluice.schemaregistry.WireFormatException;
import dev.sluice.topology.DeadLetterHeaders;

class DeadLetterHandlersTest {

    private final SluiceMetrics metrics = new SluiceMetrics(new SimpleMeterRegistry());
    private final String registryScope = "handlers-" + UUID.randomUUID();
    private final Map<String, Object> configs = Map.of("sluice.topic.dead-letter", "dlq",
            "sluice.topic.audit", "audit", "schema.registry.url", "mock://" + registryScope,
            SluiceMetrics.CONFIG_KEY, metrics);
    private final StubErrorHandlerContext context = new StubErrorHandlerContext();
    private final ConsumerRecord<byte[], byte[]> consumed = new ConsumerRecord<>("annotations.raw", 2, 41,
            bytes("k1"), bytes("raw"));

    @Test
    void wireFormatErrorBecomesDeadLetterWithPayload() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(configs);

        DeserializationExceptionHandler.Response response = handler.handleError(context, consumed,
                new WireFormatException(WireFormatException.Reason.CORRUPT_AVRO, "truncated body"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(2);
        ProducerRecord<byte[], byte[]> deadLetter = response.deadLetterQueueRecords().get(0);
        assertThat(deadLetter.topic()).isEqualTo("dlq");
        assertThat(deadLetter.key()).isEqualTo(bytes("k1"));
        assertThat(deadLetter.value()).isEqualTo(bytes("raw"));
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).isEqualTo("CORRUPT_AVRO");
        assertThat(header(deadLetter, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("2");
        assertThat(header(deadLetter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("41");
        assertThat(header(deadLetter, "trace-id")).isEqualTo("t-1");
        assertThat(deadLetter.headers().toString()).doesNotContain("truncated body");

        ProducerRecord<byte[], byte[]> audit = response.deadLetterQueueRecords().get(1);
        assertThat(audit.topic()).isEqualTo("audit");
        assertThat(audit.key()).isEqualTo(bytes("annotations.raw/2/41"));
        GenericRecord event = decodeAudit(audit);
        assertThat(event.get("outcome").toString()).isEqualTo("DEAD_LETTER");
        assertThat(event.get("dead_letter_reason").toString()).isEqualTo("CORRUPT_AVRO");
        assertThat(event.get("lineage_id").toString()).isEqualTo("annotations.raw/2/41");
    }

    @Test
    void registryOutageFailsInsteadOfDeadLettering() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(configs);

        DeserializationExceptionHandler.Response response = handler.handleError(context, consumed,
                new SchemaRegistryException(SchemaRegistryException.Kind.UNAVAILABLE, 503, 50301, "down"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void processingErrorBecomesDeadLetter() {
        DeadLetterProcessingHandler handler = new DeadLetterProcessingHandler();
        handler.configure(configs);

        ProcessingExceptionHandler.Response response = handler.handleError(context,
                new Record<>("k", "v", 0L), new IllegalStateException("bug with alice@example.com"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> deadLetter = response.deadLetterQueueRecords().get(0);
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.PROCESSING_FAILED);
        assertThat(header(deadLetter, DeadLetterHeaders.PROCESSOR)).isEqualTo("apply-vendor-policies");
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION_CLASS))
                .isEqualTo(IllegalStateException.class.getName());
        assertThat(deadLetter.headers().toString()).doesNotContain("alice@example.com");
        assertThat(decodeAudit(response.deadLetterQueueRecords().get(1)).get("dead_letter_reason").toString())
                .isEqualTo(DeadLetterHeaders.PROCESSING_FAILED);
    }

    @Test
    void failureAfterTheAuditEventWasMadeAddsNoSecondOne() {
        DeadLetterProcessingHandler handler = new DeadLetterProcessingHandler();
        handler.configure(configs);
        context.processorNodeId = "prepare-for-atlas";

        ProcessingExceptionHandler.Response response = handler.handleError(context,
                new Record<>("k", "v", 0L), new IllegalStateException("bug"));

        assertThat(response.deadLetterQueueRecords()).extracting(ProducerRecord::topic).containsExactly("dlq");
    }

    @Test
    void retriableProcessingErrorFails() {
        DeadLetterProcessingHandler handler = new DeadLetterProcessingHandler();
        handler.configure(configs);

        ProcessingExceptionHandler.Response response = handler.handleError(context, new Record<>("k", "v", 0L),
                new TimeoutException("broker slow"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
    }

    @Test
    void tooLargeOutputBecomesDeadLetterWithoutPayload() {
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(configs);
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("vendor.a", bytes("evt-1"), bytes("masked"));

        ProductionExceptionHandler.Response response = handler.handleError(context, output,
                new RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> deadLetter = response.deadLetterQueueRecords().get(0);
        assertThat(deadLetter.key()).isNull();
        assertThat(deadLetter.value()).isNull();
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.OUTPUT_TOO_LARGE);
    }

    @Test
    void otherProductionErrorsFail() {
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(configs);
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("vendor.a", bytes("evt-1"), bytes("masked"));

        assertThat(handler.handleError(context, output, new IllegalStateException("x")).result())
                .isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(handler.handleSerializationError(context, output, new IllegalStateException("x"),
                ProductionExceptionHandler.SerializationExceptionOrigin.VALUE).result())
                .isEqualTo(ProductionExceptionHandler.Result.FAIL);
    }

    @AfterEach
    void dropRegistryScope() {
        MockSchemaRegistry.dropScope(registryScope);
    }

    private GenericRecord decodeAudit(ProducerRecord<byte[], byte[]> record) {
        AvroWireDeserializer deserializer = new AvroWireDeserializer();
        deserializer.configure(configs, false);
        return deserializer.deserialize(record.topic(), record.value());
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return DeadLetterHeaders.get(record.headers(), name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
