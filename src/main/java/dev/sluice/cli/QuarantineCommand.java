package dev.sluice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.sluice.config.SluiceConfig;
import dev.sluice.keys.KeyLoadException;
import dev.sluice.keys.KeysetReference;
import dev.sluice.quarantine.QuarantineFetchException;
import dev.sluice.quarantine.QuarantineRecordFetcher;
import dev.sluice.quarantine.QuarantineReview;
import dev.sluice.quarantine.QuarantineReviewException;
import dev.sluice.quarantine.ReviewJson;
import dev.sluice.quarantine.ReviewedRecord;
import dev.sluice.quarantine.ReviewerKeyset;

/**
 * {@code sluice quarantine}: tools for privacy reviewers working on the quarantine topic.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = "Inspect records on the quarantine topic.", subcommands = {QuarantineCommand.Show.class})
final class QuarantineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code sluice quarantine show}: one quarantined record, with its original opened when a keyset is given. */
    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Show one record of the quarantine topic: event id, project, verdict, reasons, lineage, "
                    + "vendors it was held for, and the original key and value when the reviewer keyset opens them.",
                "Reads with a plain consumer (no consumer group, nothing committed).",
                "Exit status: 0 shown, 2 invalid configuration or keyset, record not found, or original that does "
                    + "not open or decode."})
    static final class Show implements Callable<Integer> {

        static final int FAILED = 2;
        private static final String PREFIX = "sluice quarantine show: ";

        @Option(names = "--config", required = true, paramLabel = "FILE",
                description = "Run configuration (Java properties): bootstrap.servers, schema.registry.url, "
                        + "sluice.topic.quarantine, sluice.quarantine.keyset and client TLS/SASL settings.")
        Path configFile;

        @Option(names = "--keyset", paramLabel = "REF",
                description = "Reviewer keyset as file:PATH or env:NAME (default: sluice.quarantine.keyset of the "
                        + "configuration); none shows the record without opening the original.")
        String keyset;

        @Option(names = "--topic", paramLabel = "TOPIC",
                description = "Quarantine topic (default: sluice.topic.quarantine of the configuration).")
        String topic;

        @Option(names = "--partition", required = true, paramLabel = "P", description = "Partition of the record.")
        int partition;

        @Option(names = "--offset", required = true, paramLabel = "O", description = "Offset of the record.")
        long offset;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "30000",
                description = "Maximum wait for the Kafka cluster in each step, in milliseconds (default: "
                        + "${DEFAULT-VALUE}).")
        long timeoutMs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (timeoutMs <= 0) {
                err.println(PREFIX + "--timeout-ms must be a positive number of milliseconds, got " + timeoutMs);
                return FAILED;
            }
            if (partition < 0 || offset < 0) {
                err.println(PREFIX + "--partition and --offset must be 0 or more, got " + partition + " and "
                        + offset);
                return FAILED;
            }
            try {
                SluiceConfig config = SluiceConfig.load(configFile, System.getenv());
                String quarantineTopic = topic != null ? topic : config.get(SluiceConfig.QUARANTINE_TOPIC);
                Map<String, Object> clientProperties = config.clientProperties();
                ReviewerKeyset reviewerKeyset = reviewerKeyset(config);

                ConsumerRecord<byte[], byte[]> fetched = new QuarantineRecordFetcher(clientProperties,
                        Duration.ofMillis(timeoutMs)).fetch(quarantineTopic, partition, offset);
                ReviewedRecord reviewed = QuarantineReview.create(clientProperties, reviewerKeyset)
                        .review(fetched.value());

                print(reviewed, quarantineTopic, out);
                return 0;
            } catch (ConfigException | KeyLoadException | IllegalArgumentException | QuarantineFetchException
                    | QuarantineReviewException e) {
                err.println(PREFIX + e.getMessage());
                return FAILED;
            } catch (KafkaException e) {
                err.println(PREFIX + "the Kafka client failed: " + e.getMessage());
                return FAILED;
            } catch (java.io.IOException e) {
                err.println(PREFIX + "writing the output failed: " + e.getMessage());
                return FAILED;
            } finally {
                out.flush();
                err.flush();
            }
        }

        /** Returns the keyset that --keyset names, else the configured one, or null when the reference is none. */
        private ReviewerKeyset reviewerKeyset(SluiceConfig config) {
            String reference = keyset != null ? keyset.strip() : config.get(SluiceConfig.QUARANTINE_KEYSET);
            if (reference.equals(SluiceConfig.NO_KEYSET)) {
                return null;
            }
            return ReviewerKeyset.load(new KeysetReference(reference), Path.of("").toAbsolutePath(), System.getenv());
        }

        private void print(ReviewedRecord reviewed, String quarantineTopic, PrintWriter out)
                throws java.io.IOException {
            ObjectMapper mapper = new ObjectMapper();
            mapper.getFactory().setCharacterEscapes(new TerminalText.JsonEscapes());
            if (json) {
                out.println(mapper.writeValueAsString(ReviewJson.toJson(reviewed, quarantineTopic, partition,
                        offset)));
            } else {
                new QuarantineText(mapper).print(reviewed, quarantineTopic, partition, offset, out);
            }
        }
    }
}
