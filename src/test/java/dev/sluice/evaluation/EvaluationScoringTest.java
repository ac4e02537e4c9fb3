package dev.sluice.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationScoringTest {

    private static final String TEXT = "mail ana@example.com or call 212-555-0134 now";

    private static final LabeledExample EXAMPLE = new LabeledExample("t-1", "en", TEXT, List.of(
            new LabeledSpan(5, 20, "EMAIL_ADDRESS"),
            new LabeledSpan(29, 41, "PHONE_NUMBER")));

    private static Finding finding(int start, int end, String type) {
        return new Finding(start, end, type, FindingCategory.PERSONAL_DATA, "test", 1.0);
    }

    private static EvaluationReport score(List<LabeledExample> corpus, Map<String, List<Finding>> findings) {
        return Evaluation.evaluate(corpus, text -> findings.getOrDefault(text, List.of()));
    }

    @Test
    void exactMatchesScoreOne() {
        EvaluationReport report = score(List.of(EXAMPLE),
                Map.of(TEXT, List.of(finding(5, 20, "EMAIL_ADDRESS"), finding(29, 41, "PHONE_NUMBER"))));

        TypeScore email = report.score("EMAIL_ADDRESS").orElseThrow();
        assertThat(email.precision()).isEqualTo(1.0);
        assertThat(email.recall()).isEqualTo(1.0);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void shiftedSpanIsRelaxedHitOnly() {
        EvaluationReport report = score(List.of(EXAMPLE),
                Map.of(TEXT, List.of(finding(5, 17, "EMAIL_ADDRESS"), finding(29, 41, "PHONE_NUMBER"))));

        TypeScore email = report.score("EMAIL_ADDRESS").orElseThrow();
        assertThat(email.precision()).isEqualTo(0.0);
        assertThat(email.recall()).isEqualTo(0.0);
        assertThat(email.relaxedPrecision()).isEqualTo(1.0);
        assertThat(email.relaxedRecall()).isEqualTo(1.0);
        assertThat(report.errors()).extracting(EvaluationError::kind)
                .containsExactly(EvaluationError.Kind.MISSED, EvaluationError.Kind.SPURIOUS);
    }

    @Test
    void wrongTypeCountsAgainstBothTypes() {
        EvaluationReport report = score(List.of(EXAMPLE),
                Map.of(TEXT, List.of(finding(5, 20, "EMAIL_ADDRESS"), finding(29, 41, "US_SSN"))));

        TypeScore phone = report.score("PHONE_NUMBER").orElseThrow();
        TypeScore ssn = report.score("US_SSN").orElseThrow();
        assertThat(phone.recall()).isEqualTo(0.0);
        assertThat(phone.relaxedRecall()).isEqualTo(0.0);
        assertThat(ssn.precision()).isEqualTo(0.0);
        assertThat(report.errors().get(0).detail()).startsWith("found as US_SSN [29, 41)");
    }

    @Test
    void findingOnHardNegativeIsFalsePositive() {
        String negative = "released v2.9.0 on 2024-03-15";
        LabeledExample hardNegative = new LabeledExample("t-2", "en", negative, List.of());

        EvaluationReport report = score(List.of(EXAMPLE, hardNegative), Map.of(
                TEXT, List.of(finding(5, 20, "EMAIL_ADDRESS"), finding(29, 41, "PHONE_NUMBER")),
                negative, List.of(finding(19, 29, "PHONE_NUMBER"))));

        TypeScore phone = report.score("PHONE_NUMBER").orElseThrow();
        assertThat(phone.predictedSpans()).isEqualTo(2);
        assertThat(phone.precision()).isEqualTo(0.5);
        assertThat(phone.recall()).isEqualTo(1.0);
        assertThat(phone.f1()).isCloseTo(2.0 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.errors()).singleElement()
                .satisfies(error -> assertThat(error.detail()).isEqualTo("no gold span here"));
    }

    @Test
    void unknownTypeGetsOwnRow() {
        EvaluationReport report = score(List.of(EXAMPLE), Map.of(TEXT, List.of(finding(0, 4, "LOCATION"))));

        assertThat(report.score("LOCATION")).hasValueSatisfying(row -> assertThat(row.predictedSpans()).isEqualTo(1));
        assertThat(report.formatTable()).contains("| LOCATION | 0 | 1 | 0 |");
    }

    @Test
    void corpusLineParsesToExample() throws IOException {
        String line = "{\"id\":\"x\",\"language\":\"ja\",\"text\":\"メール a@example.com\","
                + "\"spans\":[{\"start\":4,\"end\":17,\"type\":\"EMAIL_ADDRESS\"}]}\n\n";

        List<LabeledExample> corpus = Evaluation.readCorpus(new StringReader(line));

        assertThat(corpus).singleElement().satisfies(example -> {
            assertThat(example.textOf(example.spans().get(0))).isEqualTo("a@example.com");
            assertThat(example.language()).isEqualTo("ja");
        });
    }

    @Test
    void spanPastTextEndIsRejected() {
        String line = "{\"id\":\"x\",\"text\":\"short\",\"spans\":[{\"start\":2,\"end\":9,\"type\":\"JWT\"}]}";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.readCorpus(new StringReader(line)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("invalid corpus line 1");
    }

    @Test
    void malformedLineNamesItsLineAndColumnOnly() {
        String corpus = "\n{\"id\":\"x\",\"text\":\"a\"";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.readCorpus(new StringReader(corpus)))
                .isInstanceOf(IOException.class)
                .hasMessage("invalid corpus line 2: invalid JSON at column 21; expected one JSON object per line");
    }
}
