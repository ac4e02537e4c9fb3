package dev.sluice.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Result of one evaluation run: per-type scores and every disagreement with the gold spans.
 *
 * @param examples  number of corpus examples scanned
 * @param goldSpans number of gold spans over all types
 * @param scores    one row per entity type, the known types first in table order
 * @param errors    every missed gold span and every spurious finding, in corpus order
 */
public record EvaluationReport(int examples, int goldSpans, List<TypeScore> scores, List<EvaluationError> errors) {

    public EvaluationReport {
        scores = List.copyOf(scores);
        errors = List.copyOf(errors);
    }

    public Optional<TypeScore> score(String type) {
        return scores.stream().filter(score -> score.type().equals(type)).findFirst();
    }

    /** Formats the scores as a Markdown table: exact P/R/F1 first, then the relaxed overlap scores. */
    public String formatTable() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Corpus: %d examples, %d gold spans.%n%n", examples, goldSpans));
        table.append("| type | gold | found | exact TP | P | R | F1 | relaxed P | relaxed R | relaxed F1 |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (TypeScore score : scores) {
            table.append(String.format(Locale.ROOT,
                    "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    score.type(), score.goldSpans(), score.predictedSpans(), score.exactMatches(),
                    score.precision(), score.recall(), score.f1(),
                    score.relaxedPrecision(), score.relaxedRecall(), score.relaxedF1()));
        }
        return table.toString();
    }

    /** Formats one line per disagreement: example id, kind, type, offsets, text and what the other side had. */
    public String formatErrors() {
        StringBuilder lines = new StringBuilder();
        lines.append(String.format(Locale.ROOT, "Disagreements: %d%n", errors.size()));
        for (EvaluationError error : errors) {
            lines.append(String.format(Locale.ROOT, "%s %s %s [%d, %d) \"%s\": %s%n", error.exampleId(),
                    error.kind(), error.type(), error.start(), error.end(), oneLine(error.text()), oneLine(error.detail())));
        }
        return lines.toString();
    }

    private static String oneLine(String text) {
        String flattened = text.replace("\r", "\\r").replace("\n", "\\n");
        return flattened.length() > 120 ? flattened.substring(0, 117) + "..." : flattened;
    }
}
