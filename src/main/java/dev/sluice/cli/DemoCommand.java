package dev.sluice.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.sluice.demo.DemoOptions;
import dev.sluice.demo.DemoRunner;
import dev.sluice.demo.InputFileException;

/**
 * {@code sluice demo}: the whole pipeline on an embedded broker with the bundled or given events.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start a Kafka broker in this JVM (127.0.0.1, free ports), send sample events through Sluice, "
                + "read every output topic back and print a summary.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--events", paramLabel = "FILE",
            description = "JSON lines whose keys are AnnotationEvent field names, instead of the bundled samples. "
                    + "Optional keys _key (string) and _headers (object of strings) set the record key and headers.")
    Path events;

    @Option(names = "--dump", paramLabel = "DIR",
            description = "Write each output topic to DIR/<topic>.jsonl: key, decoded value, headers, partition, "
                    + "offset.")
    Path dump;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = "--keep-running", description = "Keep the pipeline and its metrics endpoint up until Ctrl+C.")
    boolean keepRunning;

    @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "0",
            description = "Port of the Prometheus endpoint on 127.0.0.1; 0 (default) picks a free port, -1 disables.")
    int metricsPort;

    @Override
    public Integer call() throws Exception {
        if (metricsPort < -1 || metricsPort > 65535) {
            System.err.println("sluice demo: --metrics-port " + metricsPort + " is invalid; use -1 (disabled), 0 (a "
                    + "free port) or a port from 1 to 65535");
            return 2;
        }
        if (dump != null && Files.exists(dump) && !Files.isDirectory(dump)) {
            System.err.println("sluice demo: --dump " + dump + " is a file; give a directory (it is created if "
                    + "missing)");
            return 2;
        }
        try {
            new DemoRunner(new DemoOptions(events, dump, json, keepRunning, metricsPort), System.out).run();
            return 0;
        } catch (InputFileException | java.io.IOException e) {
            System.err.println("sluice demo: " + e.getMessage());
            return 2;
        }
    }
}
