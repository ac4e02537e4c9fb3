package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the engine over the cases in {@code detection/cases.jsonl}. Each case is drawn from a reported detector
 * fault and lists the substrings that must be found (with entity type or category) and those that must stay
 * untouched.
 *
 * <p>Case fields: {@code input} or {@code generated} ({@code repeat} repeated {@code times} times, then
 * {@code suffix}); optional {@code codenames}, {@code labels} and {@code personNames} settings; {@code masked}
 * entries with {@code text}, optional {@code type}, {@code category}, {@code occurrence} (default: every
 * occurrence) and {@code oneSpan} (default true: exactly one finding with the same bounds, otherwise adjacent
 * findings may cover it); {@code untouched} substrings that no finding may overlap; {@code absentTypes}; and
 * {@code noFindings}.
 */
class DetectionCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream stream = DetectionCasesTest.class.getResourceAsStream("/detection/cases.jsonl");
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    cases.add(Arguments.of(node.get("id").asText(), node));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseMatchesExpectation(String id, JsonNode testCase) {
        String input = inputOf(testCase);
        DetectionEngine engine = new DetectionEngine(new DetectionSettings(
                strings(testCase.get("codenames")), strings(testCase.get("labels")),
                DetectionSettings.DEFAULT_PHONE_REGIONS, strings(testCase.get("personNames"))));

        List<Finding> findings = assertTimeoutPreemptively(HANG_GUARD, () -> engine.scan(input));

        assertSortedAndDisjoint(findings);
        assertNoSplitSurrogatePair(input, findings);
        if (testCase.path("noFindings").asBoolean(false)) {
            assertThat(findings).as("findings in %s", id).isEmpty();
        }
        for (JsonNode expected : testCase.path("masked")) {
            assertMasked(input, findings, expected);
        }
        for (JsonNode untouched : testCase.path("untouched")) {
            assertUntouched(input, findings, untouched.asText());
        }
        for (JsonNode type : testCase.path("absentTypes")) {
            assertThat(findings).extracting(Finding::entityType).doesNotContain(type.asText());
        }
    }

    private static String inputOf(JsonNode testCase) {
        if (testCase.has("input")) {
            return testCase.get("input").asText();
        }
        JsonNode generated = testCase.get("generated");
        return generated.get("repeat").asText().repeat(generated.get("times").asInt())
                + generated.path("suffix").asText("");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> values.add(node.asText()));
        }
        return values;
    }

    private static void assertMasked(String input, List<Finding> findings, JsonNode expected) {
        String text = expected.get("text").asText();
        List<Integer> starts = occurrences(input, text);
        assertThat(starts).as("occurrences of %s in the input", text).isNotEmpty();
        if (expected.has("occurrence")) {
            starts = List.of(starts.get(expected.get("occurrence").asInt()));
        }
        for (int start : starts) {
            int end = start + text.length();
            List<Finding> overlapping = findings.stream().filter(f -> f.start() < end && start < f.end()).toList();
            assertThat(overlapping).as("findings over '%s' at %d", text, start).isNotEmpty();
            for (Finding finding : overlapping) {
                assertThat(finding.start()).as("start of %s over '%s'", finding, text).isGreaterThanOrEqualTo(start);
                assertThat(finding.end()).as("end of %s over '%s'", finding, text).isLessThanOrEqualTo(end);
                if (expected.has("type")) {
                    assertThat(finding.entityType()).as("type of %s", finding).isEqualTo(expected.get("type").asText());
                }
                if (expected.has("category")) {
                    assertThat(finding.category().name()).as("category of %s", finding)
                            .isEqualTo(expected.get("category").asText());
                }
            }
            assertThat(coveredChars(overlapping)).as("masked chars of '%s'", text).isEqualTo(text.length());
            if (expected.path("oneSpan").asBoolean(true)) {
                assertThat(overlapping).as("findings over '%s'", text).hasSize(1);
            }
        }
    }

    private static void assertUntouched(String input, List<Finding> findings, String text) {
        List<Integer> starts = occurrences(input, text);
        assertThat(starts).as("occurrences of %s in the input", text).isNotEmpty();
        for (int start : starts) {
            int end = start + text.length();
            assertThat(findings).as("findings over untouched '%s'", text)
                    .noneMatch(f -> f.start() < end && start < f.end());
        }
    }

    private static List<Integer> occurrences(String input, String text) {
        List<Integer> starts = new ArrayList<>();
        for (int i = input.indexOf(text); i >= 0; i = input.indexOf(text, i + 1)) {
            starts.add(i);
        }
        return starts;
    }

    private static int coveredChars(List<Finding> disjointFindings) {
        return disjointFindings.stream().mapToInt(Finding::length).sum();
    }

    static void assertSortedAndDisjoint(List<Finding> findings) {
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).start()).as("start of finding %d", i)
                    .isGreaterThanOrEqualTo(findings.get(i - 1).end());
        }
    }

    static void assertNoSplitSurrogatePair(String input, List<Finding> findings) {
        for (Finding finding : findings) {
            assertThat(splitsPair(input, finding.start())).as("start of %s splits a surrogate pair", finding).isFalse();
            assertThat(splitsPair(input, finding.end())).as("end of %s splits a surrogate pair", finding).isFalse();
        }
    }

    private static boolean splitsPair(String input, int index) {
        return index > 0 && index < input.length()
                && Character.isHighSurrogate(input.charAt(index - 1)) && Character.isLowSurrogate(input.charAt(index));
    }
}
