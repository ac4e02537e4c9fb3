package dev.sluice.demo;

import java.nio.file.Path;

/**
 * Options of one demo run, as given on the command line.
 *
 * @param eventsFile  JSON-lines events to send instead of the bundled samples, or null
 * @param dumpDir     directory for one {@code <topic>.jsonl} file per output topic, or null
 * @param json        print the summary as one JSON object
 * @param keepRunning leave the pipeline and metrics endpoint up until interrupted
 * @param metricsPort port of the Prometheus endpoint; 0 picks a free one, -1 disables it
 */
public record DemoOptions(Path eventsFile, Path dumpDir, boolean json, boolean keepRunning, int metricsPort) {
}
