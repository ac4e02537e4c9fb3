package dev.sluice.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.sluice.config.SluiceHome;
import dev.sluice.detection.DetectionEngine;
import dev.sluice.policy.PipelineDetection;
import dev.sluice.policy.PipelineDefinitionException;
import dev.sluice.policy.PipelineDefinitionLoader;
import dev.sluice.scan.ScanOptions;
import dev.sluice.scan.ScanRunner;

/**
 * {@code sluice scan}: masks text files or standard input with the pipeline's detectors, without Kafka.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Mask personal data, secrets and codenames in UTF-8 text and write it to standard output.",
            "Exit status: 0 all input scanned, 1 some lines or inputs failed and were left out of the output, "
                    + "2 a file or the pipeline definition is missing or invalid."})
final class ScanCommand implements Callable<Integer> {

    @Option(names = {"--pipeline", "--policy"}, paramLabel = "FILE", defaultValue = "topology/pipeline.yaml",
            description = "Pipeline definition that sets the codenames, confidentiality labels, person names and phone "
                    + "regions (default: ${DEFAULT-VALUE}, also looked up under the Sluice home). --policy is an alias.")
    String pipelineFile;

    @Option(names = "--jsonl",
            description = "Read one JSON object per line and mask its string field \"text\". Each output line has "
                    + "\"redacted\" in place of \"text\" and the other fields copied unchanged (not scanned).")
    boolean jsonl;

    @Option(names = "--findings",
            description = "Write a JSON object per input (per line with --jsonl) with \"redacted\" and \"findings\": "
                    + "type, start, end (Unicode code point offsets into the input, end exclusive), score, detector, "
                    + "and validator and context when a structural check or a context word vouches for the finding.")
    boolean findings;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "UTF-8 text files, read in order. - or no file at all reads standard input.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
        PipelineDetection pipeline;
        Path pipelinePath = SluiceHome.resolve(pipelineFile);
        if (!Files.isRegularFile(pipelinePath)) {
            System.err.println("sluice scan: pipeline definition " + pipelinePath + " not found; pass --pipeline FILE");
            return ScanRunner.INPUT_ERROR;
        }
        try {
            pipeline = PipelineDefinitionLoader.loadDetection(pipelinePath);
        } catch (PipelineDefinitionException e) {
            System.err.println("sluice scan: " + e.getMessage());
            return ScanRunner.INPUT_ERROR;
        }
        ScanRunner runner = new ScanRunner(new DetectionEngine(pipeline.settings())::scan,
                new ScanOptions(jsonl, findings), System.in, System.out, System.err);
        try {
            return runner.run(files);
        } catch (IOException e) {
            System.err.println("sluice scan: " + e.getMessage());
            return ScanRunner.INPUT_ERROR;
        }
    }
}
