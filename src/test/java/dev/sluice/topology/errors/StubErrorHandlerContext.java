package dev.sluice.topology.errors;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;

/**
 * An error handler context for a record at annotations.raw-2@41 with raw key "k1" and value "raw".
 */
final class StubErrorHandlerContext implements ErrorHandlerContext {

    /** Node the stub reports; the step that applies vendor policies unless a test sets another. */
    String processorNodeId = "apply-vendor-policies";

    private final Headers headers = new RecordHeaders().add("trace-id", "t-1".getBytes(StandardCharsets.UTF_8));

    @Override
    public String topic() {
        return "annotations.raw";
    }

    @Override
    public int partition() {
        return 2;
    }

    @Override
    public long offset() {
        return 41;
    }

    @Override
    public Headers headers() {
        return headers;
    }

    @Override
    public String processorNodeId() {
        return processorNodeId;
    }

    @Override
    public TaskId taskId() {
        return new TaskId(0, 2);
    }

    @Override
    public long timestamp() {
        return 1_767_225_600_000L;
    }

    @Override
    public byte[] sourceRawKey() {
        return "k1".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] sourceRawValue() {
        return "raw".getBytes(StandardCharsets.UTF_8);
    }
}
