package dev.sluice.quarantine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads exactly one record of a topic by partition and offset with a plain consumer: assign and seek, no consumer
 * group, no offset commits, and a bounded wait. Only committed records are read ({@code read_committed}), because
 * Sluice writes its quarantine topic in transactions.
 */
public final class QuarantineRecordFetcher {

    /** Prefix of Kafka Streams settings that apply to its consumers only, and to this consumer. */
    private static final String CONSUMER_PREFIX = "consumer.";
    private static final String CLIENT_ID = "sluice-quarantine-show";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final Properties properties;
    private final Duration timeout;

    /**
     * @param clientProperties Kafka client settings (bootstrap servers, TLS, SASL); keys a consumer does not know are
     *                         dropped, and {@code consumer.}-prefixed keys override unprefixed ones
     * @param timeout          maximum time for each step: metadata, offsets, and the fetch of the record
     */
    public QuarantineRecordFetcher(Map<String, ?> clientProperties, Duration timeout) {
        this.properties = consumerProperties(clientProperties);
        this.timeout = timeout;
    }

    /**
     * Returns the record at {@code offset} of {@code partition} of {@code topic}.
     *
     * @throws QuarantineFetchException if the topic, partition or offset does not exist, the offset was deleted or
     *     compacted away, or the cluster did not respond within the timeout
     */
    public ConsumerRecord<byte[], byte[]> fetch(String topic, int partition, long offset) {
        TopicPartition target = new TopicPartition(topic, partition);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            checkPartitionExists(consumer, target);
            checkOffsetInRange(consumer, target, offset);

            consumer.assign(List.of(target));
            consumer.seek(target, offset);
            return poll(consumer, target, offset);
        } catch (TimeoutException e) {
            throw new QuarantineFetchException("timed out after " + timeout.toMillis() + " ms waiting for the Kafka "
                    + "cluster at " + properties.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG) + " while reading "
                    + target + "; check bootstrap.servers and the network, or raise the timeout (--timeout-ms)", e);
        } catch (KafkaException e) {
            throw new QuarantineFetchException("reading " + target + " offset " + offset + " failed: "
                    + e.getMessage(), e);
        }
    }

    private void checkPartitionExists(KafkaConsumer<byte[], byte[]> consumer, TopicPartition target) {
        List<PartitionInfo> partitions = consumer.partitionsFor(target.topic(), timeout);
        if (partitions == null || partitions.isEmpty()) {
            throw new QuarantineFetchException("topic " + target.topic() + " not found; check --topic or "
                    + "sluice.topic.quarantine");
        }
        if (target.partition() < 0 || target.partition() >= partitions.size()) {
            throw new QuarantineFetchException("topic " + target.topic() + " has no partition " + target.partition()
                    + "; its partitions are 0 to " + (partitions.size() - 1));
        }
    }

    private void checkOffsetInRange(KafkaConsumer<byte[], byte[]> consumer, TopicPartition target, long offset) {
        long start = consumer.beginningOffsets(Set.of(target), timeout).get(target);
        long end = consumer.endOffsets(Set.of(target), timeout).get(target);
        if (offset < start) {
            throw new QuarantineFetchException("offset " + offset + " of " + target + " was deleted (retention, "
                    + "compaction or a delete-records request); the earliest offset is " + start);
        }
        if (offset >= end) {
            String range = start == end ? "the partition holds no committed records"
                    : "the committed records are at offsets " + start + " to " + (end - 1);
            throw new QuarantineFetchException("offset " + offset + " of " + target + " does not exist: " + range);
        }
    }

    private ConsumerRecord<byte[], byte[]> poll(KafkaConsumer<byte[], byte[]> consumer, TopicPartition target,
            long offset) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL_INTERVAL).records(target)) {
                if (record.offset() == offset) {
                    return record;
                }
                if (record.offset() > offset) {
                    throw noRecordAt(target, offset, "the next record is at offset " + record.offset());
                }
            }

            // A read_committed consumer skips aborted records and transaction markers without returning them.
            long position = consumer.position(target, timeout);
            if (position > offset) {
                throw noRecordAt(target, offset, "the consumer skipped to offset " + position);
            }
        }
        throw new QuarantineFetchException("no record arrived from offset " + offset + " of " + target + " within "
                + timeout.toMillis() + " ms; raise the timeout (--timeout-ms), or check the broker logs");
    }

    private static QuarantineFetchException noRecordAt(TopicPartition target, long offset, String detail) {
        return new QuarantineFetchException("offset " + offset + " of " + target + " contains no record: it was removed "
                + "by compaction, or it belongs to an aborted transaction or is a transaction marker; " + detail);
    }

    static Properties consumerProperties(Map<String, ?> clientProperties) {
        Set<String> known = ConsumerConfig.configNames();
        Properties properties = new Properties();
        clientProperties.forEach((key, value) -> {
            if (known.contains(key) && value != null) {
                properties.put(key, value);
            }
        });
        clientProperties.forEach((key, value) -> {
            String name = key.startsWith(CONSUMER_PREFIX) ? key.substring(CONSUMER_PREFIX.length()) : null;
            if (name != null && known.contains(name) && value != null) {
                properties.put(name, value);
            }
        });

        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        return properties;
    }
}
