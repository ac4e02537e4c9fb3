package dev.sluice.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.sluice.config.SluiceHome;
import dev.sluice.evaluation.Evaluation;
import dev.sluice.evaluation.EvaluationReport;
import dev.sluice.evaluation.LabeledExample;
import dev.sluice.evaluation.LabeledSpan;

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
            description = "Labeled corpus, one JSON object per line with id, language, text and spans; span start and "
                    + "end are UTF-16 char offsets into text, end exclusive, as Java's String.substring takes them "
                    + "(not the code point offsets of sluice scan --findings). Default: ${DEFAULT-VALUE}.")
    Path corpus = Evaluation.DEFAULT_CORPUS;

    @Option(names = "--errors", description = "Also list every missed, spurious and misplaced span.")
    boolean errors;

    @Override
    public Integer call() {
        // The default corpus is found from another directory too, like the other bundled files.
        corpus = SluiceHome.resolve(corpus.toString());
        if (!Files.isRegularFile(corpus)) {
            System.err.println("sluice eval: corpus file not found: " + corpus.toAbsolutePath()
                    + "; pass the path of a corpus.jsonl or run from the project root");
            return CORPUS_ERROR;
        }

        List<LabeledExample> examples;
        try {
            examples = Evaluation.readCorpus(corpus);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("sluice eval: cannot read corpus " + corpus + ": " + e.getMessage());
            return CORPUS_ERROR;
        }

        if (examples.isEmpty()) {
            System.err.println("sluice eval: corpus " + corpus + " has no examples; it needs one JSON object per line "
                    + "with id, language, text and spans");
            return CORPUS_ERROR;
        }

        Set<String> unknown = new TreeSet<>();
        examples.forEach(example -> example.spans().stream().map(LabeledSpan::type)
                .filter(type -> !Evaluation.ENTITY_TYPES.contains(type)).forEach(unknown::add));
        if (!unknown.isEmpty()) {
            System.err.println("sluice eval: note: no detector reports the gold types " + unknown
                    + "; their spans are not scored");
        }

        EvaluationReport report = Evaluation.evaluate(examples, Evaluation.CORPUS_SETTINGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(report.formatTable());
        if (errors) {
            out.println();
            out.print(report.formatErrors());
        }
        return 0;
    }
}
