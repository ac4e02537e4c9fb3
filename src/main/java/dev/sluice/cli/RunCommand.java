package dev.sluice.cli;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.sluice.app.ClusterCheck;
import dev.sluice.app.SluiceApplication;
import dev.sluice.config.SluiceConfig;
import dev.sluice.keys.KeyLoadException;
import dev.sluice.policy.PipelineDefinitionException;

/**
 * {@code sluice run}: the pipeline against an external Kafka cluster until SIGTERM or SIGINT.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run Sluice against an external Kafka cluster. Environment variables named SLUICE_<KEY> (key in "
                + "upper case, dots and dashes as underscores) override the file.")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Java properties file: bootstrap.servers, schema.registry.url, sluice.* keys and any Kafka "
                    + "Streams or client setting.")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        SluiceConfig config;
        SluiceApplication app;
        try {
            config = SluiceConfig.load(configFile, System.getenv());
            app = SluiceApplication.create(config);
        } catch (ConfigException | PipelineDefinitionException | KeyLoadException | IOException e) {
            System.err.println("sluice run: " + e.getMessage());
            return 2;
        } catch (KafkaException e) {
            System.err.println("sluice run: cannot create the Kafka clients: " + rootMessage(e));
            return 2;
        }

        String clusterProblem = ClusterCheck.problem(config,
                Duration.ofMillis(config.get(SluiceConfig.STARTUP_TIMEOUT_MS)));
        if (clusterProblem != null) {
            System.err.println("sluice run: " + clusterProblem);
            app.close(Duration.ofSeconds(1));
            return 2;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        app.streams().setStateListener((newState, oldState) -> {
            if (newState == KafkaStreams.State.ERROR || newState == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        Thread shutdown = new Thread(() -> {
            LOG.info("Shutdown requested; closing Kafka Streams");
            app.close();
            stopped.countDown();
        }, "sluice-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        app.start();
        stopped.await();
        KafkaStreams.State state = app.streams().state();
        if (state == KafkaStreams.State.ERROR) {
            LOG.error("Kafka Streams stopped with an error; exiting with status 1");
            app.close();
            return 1;
        }
        return 0;
    }

    /** Returns the message of the innermost cause, which names the invalid setting. */
    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
