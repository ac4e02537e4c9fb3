package dev.sluice.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.sluice.evaluation.Evaluation;
import dev.sluice.evaluation.EvaluationReport;

/**
 * {@code sluice eval}: scores the detection engine against a labeled corpus and prints precision, recall and F1 per
 * entity type.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the detection engine on a labeled corpus: precision, recall and F1 per entity type.",
            "Exit status: 0 the report was printed, 2 the corpus is missing or invalid."})
final class EvalCommand implements Callable<Integer> {

    static final int CORPUS_ERROR = 2;

    @Parameters(paramLabel = "CORPUS", arity = "0..1",
            description = "Labeled corpus, one JSON object per line with text and spans (default: ${DEFAULT-VALUE}).")
    Path corpus = Evaluation.DEFAULT_CORPUS;

    @Option(names = "--errors", description = "Also list every missed, spurious and misplaced span.")
    boolean errors;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(corpus)) {
            System.err.println("sluice eval: corpus file not found: " + corpus.toAbsolutePath()
                    + "; pass the path of a corpus.jsonl or run from the project root");
            return CORPUS_ERROR;
        }
        EvaluationReport report;
        try {
            report = Evaluation.evaluate(Evaluation.readCorpus(corpus), Evaluation.CORPUS_SETTINGS);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("sluice eval: cannot read corpus " + corpus + ": " + e.getMessage());
            return CORPUS_ERROR;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(report.formatTable());
        if (errors) {
            out.println();
            out.print(report.formatErrors());
        }
        return 0;
    }
}
