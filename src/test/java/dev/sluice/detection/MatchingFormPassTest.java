package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link ScanContext#ofMatchingForm}, which works out the matching form in the scan's own pass, with the
 * two steps it replaces: {@link NormalizedText#of} and then {@link ScanContext#of} on the result.
 */
class MatchingFormPassTest {

    private static final int RANDOM_TEXTS = 20_000;

    // Chars of every kind the pass distinguishes, and words and numbers that the pass records.
    private static final String[] ATOMS = {
        "a", "Z", "x", "é", "日", "の", " ", "-", ".", ":", "@", "7", "42", "2024", "\n",
        "password", "機密", "CONFIDENTIAL", "://", "==", "sk-", "0x", "mot de passe", "bc1",
        // Replaced one for one: full-width forms, spaces, dashes and digits of other scripts.
        "\uFF0C", "\uFF1F", "\uFF21", "\uFF10", "\uFF1A", "\uFF20", "\u3000", "\u00A0", "\u2013", "\u2212",
        "\u0967", "\u0968", "\u0663",
        // Words whose later chars are replaced one for one, so the comparison must see the replaced chars.
        "mot\u00A0de passe", "pass\uFF57ord", ":\uFF0F/", "\uFF1D=", "sk\u2013", "CONFIDENTIA\uFF2C",
        // Combining marks: in canonical order, and a pair out of it (cedilla, class 202, after acute, 230).
        "\u0301", "\u0327", "\u094D", "\u093F", "\u0938\u094D\u0924",
        // Handled only by NormalizedText.of: look-alike letters, surrogates, ligatures, ignorables.
        "\u0430", "\u03BF", "\uD83D\uDE00", "\uD835\uDC1A", "\uFB01", "\u00AD", "\u200B", "\u2460", "\uD800"
    };

    @Test
    void passAgreesWithNormaliseThenScan() throws IOException {
        for (String original : texts()) {
            ScanContext fused = ScanContext.ofMatchingForm(original);
            NormalizedText normalized = NormalizedText.of(original);
            if (fused == null) {
                assertThat(needsNormalizedText(original)).as("null for \"%s\"", original).isTrue();
                continue;
            }

            assertThat(fused.text()).as("matching form of \"%s\"", original).isEqualTo(normalized.text());
            if (normalized.text() == original) {
                assertThat(fused.text()).as("unchanged \"%s\"", original).isSameAs(original);
            }
            assertThat(facts(fused)).as("facts of \"%s\"", original)
                    .isEqualTo(facts(ScanContext.of(normalized.text())));
        }
    }

    @Test
    void passDecidesEveryTextWithoutRewrites() throws IOException {
        // The fused pass is only worth having if it decides the common text itself.
        for (String original : texts()) {
            if (!needsNormalizedText(original)) {
                assertThat(ScanContext.ofMatchingForm(original)).as("context of \"%s\"", original).isNotNull();
            }
        }
    }

    @Test
    void wordReachingIntoFirstReplacedCharIsFound() {
        // The pass compares "mot de passe" at offset 0 before it reaches the no-break space at offset 3.
        ScanContext context = ScanContext.ofMatchingForm("mot\u00A0de passe");

        assertThat(context.text()).isEqualTo("mot de passe");
        assertThat(context.occurrences(TriggerWords.PASSWORD_PROSE.get(3))).containsExactly(0);
    }

    @Test
    void digitRunGoesOnIntoFirstReplacedChar() {
        // The run "7" ends at the Devanagari two, which becomes '2' only when the pass reaches it.
        ScanContext context = ScanContext.ofMatchingForm("x 7\u0968\uFF13 y");

        assertThat(context.text()).isEqualTo("x 723 y");
        assertThat(context.digitRunCount()).isEqualTo(1);
        assertThat(context.digitRunStart(0)).isEqualTo(2);
        assertThat(context.digitRunEnd(0)).isEqualTo(5);
        assertThat(context.profile().digits()).isEqualTo(3);
    }

    @Test
    void alternatingScriptDigitsFormOneRun() {
        String digits = "1\u0967".repeat(50_000);

        ScanContext context = ScanContext.ofMatchingForm(digits);

        assertThat(context.digitRunCount()).isEqualTo(1);
        assertThat(context.digitRunEnd(0)).isEqualTo(digits.length());
        assertThat(context.profile().digits()).isEqualTo(digits.length());
    }

    @Test
    void engineFindingsKeepOriginalOffsets() {
        DetectionEngine engine = new DetectionEngine(DetectionSettings.defaults());
        String text = "\u0938\u094D\u0924\uFF0C mail ana\uFF20example.com\u3000now";

        List<Finding> findings = engine.scan(text);

        assertThat(findings).extracting(Finding::entityType).containsExactly("EMAIL_ADDRESS");
        assertThat(text.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo("ana\uFF20example.com");
    }

    /** Returns whether {@code text} has a char that only {@link NormalizedText#of} handles, or a mark out of order. */
    private static boolean needsNormalizedText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int kind = MatchingChars.kind(c);
            boolean markOutOfOrder = kind == MatchingChars.MARK && !MatchingFormCheck.inCanonicalOrder(text, i, c);
            if (markOutOfOrder || (kind != MatchingChars.PASS && kind != MatchingChars.ONE_FOR_ONE
                    && kind != MatchingChars.MARK)) {
                return true;
            }
        }
        return false;
    }

    /** Returns everything the pass recorded, as one comparable string per kind of fact. */
    private static List<String> facts(ScanContext context) {
        List<String> facts = new ArrayList<>();
        TextProfile profile = context.profile();
        facts.add(profile.digits() + " " + profile.upperCaseLetters() + " " + profile.dots() + " " + profile.colons()
                + " " + profile.hasAt());
        facts.add(Arrays.toString(IntStream.range(0, context.digitRunCount())
                .map(i -> context.digitRunStart(i) * 1000 + context.digitRunEnd(i)).toArray()));
        facts.add(Arrays.toString(IntStream.range(0, context.separatorCount()).map(context::separatorAt).toArray()));
        for (TriggerWord word : TriggerWords.all()) {
            facts.add(word.word() + Arrays.toString(context.occurrences(word)));
        }
        return facts;
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String resource : List.of("/detection/cases.jsonl", "/evaluation/corpus.jsonl")) {
            for (JsonNode line : JsonLinesResources.read(resource)) {
                line.forEach(field -> {
                    if (field.isTextual()) {
                        texts.add(field.asText());
                    }
                });
            }
        }
        Random random = new Random(20261205L);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            StringBuilder text = new StringBuilder();
            int atoms = 1 + random.nextInt(30);
            for (int j = 0; j < atoms; j++) {
                text.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
