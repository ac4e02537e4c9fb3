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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizedTextTest {

    private static final long SEED = 0x5_1ce_0a11L;
    private static final int RANDOM_STRINGS = 3000;
    private static final int MAX_PIECES = 12;
    private static final int LONG_SEQUENCE_PAIRS = 300_000;
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    /** Pieces of random strings: every kind of char the matching form folds, keeps or must not split. */
    private static final String[] PIECES = {
        "alice", "Bob", "ex", "42", " ", ".", "@", "-", "\u200B", "\u00AD", "\u2060", "\uFEFF", "\u200C", "\u200D",
        "\uFE0F", "\u00A0", "\u202F", "\u2013", "\u2014", "\u2011", "\u2212", "\uFB01", "\uFB03", "\u2460", "\u00B2",
        "\u0661\u0662", "\u0967\u0968", "\uD835\uDC1A", "\uD835\uDFCE", "\uD83D\uDE00", "\u2764\uFE0F",
        "\uD83D\uDC68\u200D\uD83D\uDC69", "\uD83D", "\uDE00", "e\u0301", "\u0301", "\u0323\u0307", "\u1100\u1161",
        "\u0430", "\u0435", "\u043E", "\u0440", "\u0441", "\u0410", "\u03BF", "\u041F\u0440\u0438\u0432\u0435\u0442",
        "\u0645\u0631\u062D\u0628\u0627", "\uFEFB", "\u05E9\u05B8\u05C1", "\u6771\u4EAC", "\uFF8A\uFF9F",
        "\u0915\u094D\u0937", "\u0958", "\uFF21\uFF11",
    };

    /**
     * Pieces of mixed-script prose, most of them already in matching form. The others are full-width punctuation,
     * no-break spaces, dashes, combining marks, ligatures, look-alike letters inside Latin words and supplementary
     * code points. Pieces of one to three ASCII chars shift them to every offset modulo four.
     */
    private static final String[] MIXED_SCRIPT_PIECES = {
        " ", "  ", ", ", ". ", "\n", "plain words ", "a", "ab", "abc", "Caf\u00E9 cr\u00E8me \u00E0 l'\u00E9cole",
        "Gr\u00F6\u00DFe Stra\u00DFe", "S\u00E3o Paulo a\u00E7\u00E3o", "\u00C0 bient\u00F4t",
        "\u6771\u4EAC\u90FD\u3001\u3053\u3093\u306B\u3061\u306F\u3002", "\u30AB\u30BF\u30AB\u30CA",
        "\u6211\u53EB\u674E\u534E", "\uFF0C", "\uFF1F", "\u0928\u092E\u0938\u094D\u0924\u0947 \u0926\u0941\u0928\u093F\u092F\u093E",
        "\u0915\u094D\u0937", "\u00A0", "\u2014", "\u2013", "\u0661\u0662", "\u0967", "e\u0301", "\u0323\u0307",
        "\u0301\u0323", "\uFB01", "\u2460", "p\u0430yp\u0430l", "\u041F\u0440\u0438\u0432\u0435\u0442",
        "\u03BF", "\uD83D\uDE00", "\u2764\uFE0F", "\uD835\uDC1A", "\uD83D", "\u200B", "\uFF21\uFF11",
        "\uC548\uB155\uD558\uC138\uC694", "\u0645\u0631\u062D\u0628\u0627",
    };

    @ParameterizedTest
    @ValueSource(strings = {
        "plain ASCII text with ana@example.com and 4111 1111 1111 1111",
        "東京都港区の会議は午後三時からです。",
        "नमस्ते दुनिया, आज बैठक है।",
        "مرحبا بالعالم، الاجتماع غدا.",
        "שָׁלוֹם עולם",
        "Привет, меня зовут Анна, я из Москвы.",
        "Το όνομά μου είναι Ελένη.",
        "안녕하세요 세계",
        "emoji 😀🙏 stays",
        "\uD83D reach lena.fischer@example.com before Friday",
    })
    void textInMatchingFormIsReturnedItself(String text) {
        NormalizedText normalized = NormalizedText.of(text);

        assertThat(normalized.changed()).isFalse();
        assertThat(normalized.text()).isSameAs(text);
        assertThat(normalized.originalStart(0)).isZero();
        assertThat(normalized.originalEnd(text.length())).isEqualTo(text.length());
    }

    @Test
    void ligatureMapsToWholeChar() {
        NormalizedText normalized = NormalizedText.of("a \uFB01le");

        assertThat(normalized.text()).isEqualTo("a file");
        assertThat(originalOf(normalized, 2, 3)).isEqualTo("\uFB01");
        assertThat(originalOf(normalized, 3, 4)).isEqualTo("\uFB01");
        assertThat(originalOf(normalized, 3, 6)).isEqualTo("\uFB01le");
        assertThat(originalOf(normalized, 0, 1)).isEqualTo("a");
    }

    @Test
    void zeroWidthCharsAreRemovedAndCoveredInside() {
        String original = "41\u200B11\u00AD22\u2060\uFEFF33";
        NormalizedText normalized = NormalizedText.of(original);

        assertThat(normalized.text()).isEqualTo("41112233");
        assertThat(originalOf(normalized, 0, 8)).isEqualTo(original);
        assertThat(originalOf(normalized, 1, 3)).isEqualTo("1\u200B1");
        assertThat(originalOf(normalized, 2, 4)).isEqualTo("11");
    }

    @Test
    void mathematicalBoldMapsToSurrogatePairs() {
        String original = "\uD835\uDC1A\uD835\uDC25@x";
        NormalizedText normalized = NormalizedText.of(original);

        assertThat(normalized.text()).isEqualTo("al@x");
        assertThat(normalized.originalStart(1)).isEqualTo(2);
        assertThat(normalized.originalEnd(1)).isEqualTo(2);
        assertThat(originalOf(normalized, 0, 2)).isEqualTo("\uD835\uDC1A\uD835\uDC25");
    }

    @Test
    void combiningSequenceStaysWhole() {
        String original = "caf\u0065\u0301 x\u0323\u0307y";
        NormalizedText normalized = NormalizedText.of(original);

        assertThat(normalized.text()).isEqualTo("caf\u00E9 \u1E8B\u0323y");
        assertThat(originalOf(normalized, 3, 4)).isEqualTo("e\u0301");
        assertThat(originalOf(normalized, 5, 6)).isEqualTo("x\u0323\u0307");
        assertThat(originalOf(normalized, 6, 7)).isEqualTo("x\u0323\u0307");
    }

    @Test
    void unchangedTextSpansKeepSequences() {
        NormalizedText normalized = NormalizedText.of("\u0915\u094D\u0937 ab");

        assertThat(normalized.changed()).isFalse();
        assertThat(normalized.originalEnd(1)).isEqualTo(2);
        assertThat(normalized.originalStart(1)).isEqualTo(0);
    }

    @Test
    void variationSelectorIsDroppedButCovered() {
        NormalizedText normalized = NormalizedText.of("\u2764\uFE0F ok");

        assertThat(normalized.text()).isEqualTo("\u2764 ok");
        assertThat(originalOf(normalized, 0, 1)).isEqualTo("\u2764\uFE0F");
    }

    @Test
    void digitsOfEveryScriptBecomeAscii() {
        assertThat(NormalizedText.of("\u0664\u0661\u0661\u0661").text()).isEqualTo("4111");
        assertThat(NormalizedText.of("\u06F4\u06F5").text()).isEqualTo("45");
        assertThat(NormalizedText.of("\u096A\u0967\u0967").text()).isEqualTo("411");
        assertThat(NormalizedText.of("\u2460\u2461 x\u00B2").text()).isEqualTo("12 x2");
        assertThat(NormalizedText.of("\uD835\uDFD0\uD835\uDFD1").text()).isEqualTo("23");
    }

    @Test
    void spacesAndDashesBecomeAscii() {
        String original = "+1\u00A0212\u2013555\u2014014\u20112 a\u202Fb\u2009c\u2212d\u2010e";
        NormalizedText normalized = NormalizedText.of(original);

        assertThat(normalized.text()).isEqualTo("+1 212-555-014-2 a b c-d-e");
        assertThat(normalized.text()).hasSameSizeAs(original);
        assertThat(originalOf(normalized, 0, 15)).isEqualTo(original.substring(0, 15));
    }

    @Test
    void rightToLeftTextKeepsOffsets() {
        String original = "\u0631\u0642\u0645 \u0660\u0665\u0665\u0660\u0661\u0664\u0662 \u05D8\u05DC\u05E4\u05D5\u05DF";
        NormalizedText normalized = NormalizedText.of(original);

        assertThat(normalized.text()).isEqualTo("\u0631\u0642\u0645 0550142 \u05D8\u05DC\u05E4\u05D5\u05DF");
        assertThat(originalOf(normalized, 4, 11)).isEqualTo("\u0660\u0665\u0665\u0660\u0661\u0664\u0662");
    }

    @Test
    void arabicLigatureExpandsToWholeChar() {
        NormalizedText normalized = NormalizedText.of("x\uFEFBy");

        assertThat(normalized.text()).isEqualTo("x\u0644\u0627y");
        assertThat(originalOf(normalized, 1, 2)).isEqualTo("\uFEFB");
        assertThat(originalOf(normalized, 2, 4)).isEqualTo("\uFEFBy");
    }

    @Test
    void fullWidthFormsBecomeAscii() {
        String original = "\uFF0B\uFF18\uFF11\u3000\uFF41\uFF20\uFF42";
        NormalizedText normalized = NormalizedText.of(original);

        assertThat(normalized.text()).isEqualTo("+81 a@b");
        assertThat(originalOf(normalized, 4, 7)).isEqualTo("\uFF41\uFF20\uFF42");
    }

    @Test
    void confusablesInLatinWordBecomeLatin() {
        assertThat(NormalizedText.of("p\u0430yp\u0430l").text()).isEqualTo("paypal");
        assertThat(NormalizedText.of("n\u03BFreply@example.com").text()).isEqualTo("noreply@example.com");
        assertThat(NormalizedText.of("\u0410KI\u0410").text()).isEqualTo("AKIA");
        assertThat(NormalizedText.of("AK\u0406A").text()).isEqualTo("AKIA");
        assertThat(NormalizedText.of("\u0441\u043E\u0440y").text()).isEqualTo("copy");
    }

    @Test
    void confusablesOutsideLatinWordsStay() {
        String russian = "\u0410\u0440\u0435\u0445 \u0441\u043E\u0440 x";
        String greek = "\u03BF \u03BB\u03CC\u03B3\u03BF\u03C2 abc";

        assertThat(NormalizedText.of(russian).text()).isSameAs(russian);
        assertThat(NormalizedText.of(greek).text()).isSameAs(greek);
        assertThat(NormalizedText.of("\u0410\u0440\u0435\u0445\u00A0Apex").text())
                .isEqualTo("\u0410\u0440\u0435\u0445 Apex");
    }

    @Test
    void loneSurrogatesPassThroughTheSlowPath() {
        String original = "\uD83D\u00A0a\uDE00\u200Bb\uD83D";
        NormalizedText normalized = NormalizedText.of(original);

        assertThat(normalized.text()).isEqualTo("\uD83D a\uDE00b\uD83D");
        assertThat(originalOf(normalized, 3, 5)).isEqualTo("\uDE00\u200Bb");
    }

    @Test
    void longCombiningSequenceIsNormalisedInParts() {
        String marks = "\u0301\u0316".repeat(LONG_SEQUENCE_PAIRS);
        String original = "a" + marks + " ana@example.com";

        NormalizedText normalized = assertTimeoutPreemptively(HANG_GUARD, () -> NormalizedText.of(original));

        assertThat(normalized.text()).endsWith(" ana@example.com");
        // The first part is "a" and 31 marks: reordered, and "a" composed with the first acute accent.
        String firstPart = "\u00E1" + "\u0316".repeat(15) + "\u0301".repeat(15);
        assertThat(normalized.text()).startsWith(firstPart + "\u0316");
        assertThat(normalized.text()).hasSize(original.length() - 1);
        assertThat(normalized.originalEnd(1)).isEqualTo(1 + marks.length());
    }

    @Test
    void randomStringsMapToValidSpans() {
        Random random = new Random(SEED);
        for (int n = 0; n < RANDOM_STRINGS; n++) {
            String original = randomString(random);
            NormalizedText normalized = NormalizedText.of(original);
            String text = normalized.text();

            if (!normalized.changed()) {
                assertThat(text).as("unchanged %s", escaped(original)).isSameAs(original);
            }
            for (int offset = 0; offset < text.length(); offset++) {
                assertValidEdges(normalized, offset);
            }
        }
    }

    @Test
    void fastCheckAgreesWithBuilder() {
        Random random = new Random(SEED + 1);
        int inMatchingForm = 0;
        int replaced = 0;
        for (int n = 0; n < RANDOM_STRINGS; n++) {
            String original = randomString(random);
            String built = MatchingFormBuilder.build(original).text();
            String fast = MatchingFormCheck.sameOffsetsForm(original);

            if (fast == original) {
                assertThat(built).as("built from %s", escaped(original)).isEqualTo(original);
                inMatchingForm++;
            } else if (fast != null) {
                assertThat(fast).as("replaced in %s", escaped(original)).isEqualTo(built);
                replaced++;
            }
        }
        assertThat(inMatchingForm).as("strings in matching form").isPositive();
        assertThat(replaced).as("strings with one-for-one changes").isPositive();
    }

    @Test
    void mixedScriptTextAgreesWithBuilder() {
        Random random = new Random(SEED + 2);
        int[] outcomes = new int[3];
        for (int n = 0; n < RANDOM_STRINGS; n++) {
            String original = randomText(random, MIXED_SCRIPT_PIECES, 40);
            String built = MatchingFormBuilder.build(original).text();
            String fast = MatchingFormCheck.sameOffsetsForm(original);

            assertThat(NormalizedText.of(original).text()).as("matching form of %s", escaped(original))
                    .isEqualTo(built);
            if (fast == original) {
                outcomes[0]++;
            } else if (fast != null) {
                assertThat(fast).as("replaced in %s", escaped(original)).isEqualTo(built);
                outcomes[1]++;
            } else {
                outcomes[2]++;
            }
        }
        assertThat(outcomes[0]).as("texts in matching form").isPositive();
        assertThat(outcomes[1]).as("texts with one-for-one changes").isPositive();
        assertThat(outcomes[2]).as("texts that need the builder").isPositive();
    }

    /**
     * Checks the table of {@link MatchingChars} against the slow path for every BMP char, alone and next to the
     * neighbours that the rules look at: Latin and Cyrillic letters, a combining mark before and after, and a
     * Hangul leading consonant, which composes with the vowel after it.
     */
    @Test
    void everyBmpCharAgreesWithBuilder() {
        String[][] contexts = {
            {"", ""}, {"x", "y"}, {"\u0430", ""}, {"a\u0323", ""}, {"", "\u0301"}, {"\u1100", ""}, {"\u00E9 ", " \u3002"},
        };
        int passing = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char bmpChar = (char) c;
            boolean passes = MatchingChars.kind(bmpChar) == MatchingChars.PASS;
            if (passes) {
                passing++;
            }
            for (String[] context : contexts) {
                String original = context[0] + bmpChar + context[1];
                String built = MatchingFormBuilder.build(original).text();
                String fast = MatchingFormCheck.sameOffsetsForm(original);

                if (fast != null) {
                    assertThat(fast).as("fast form of %s", escaped(original)).isEqualTo(built);
                }
                if (passes && context[0].isEmpty() && context[1].isEmpty()) {
                    assertThat(fast).as("fast form of the passing char %s", escaped(original)).isSameAs(original);
                    assertThat(built).as("built form of the passing char %s", escaped(original)).isEqualTo(original);
                }
            }
        }
        assertThat(MatchingChars.kind('a')).as("kind of an ASCII letter").isEqualTo(MatchingChars.PASS);
        assertThat(passing).as("BMP chars that pass").isGreaterThan(40_000);
    }

    @Test
    void fastPathAgreesWithBuilderOnCorpus() throws IOException {
        int checked = 0;
        for (String resource : List.of("/evaluation/corpus.jsonl", "/detection/cases.jsonl")) {
            for (String original : texts(resource)) {
                String built = MatchingFormBuilder.build(original).text();

                assertThat(NormalizedText.of(original).text()).as("matching form of %s", escaped(original))
                        .isEqualTo(built);
                if (MatchingFormCheck.sameOffsetsForm(original) == original) {
                    assertThat(NormalizedText.of(original).text()).as("identity of %s", escaped(original))
                            .isSameAs(original);
                }
                checked++;
            }
        }
        assertThat(checked).as("texts checked").isGreaterThan(1000);
    }

    @Test
    void oneForOneChangesKeepOffsets() {
        String original = "\uFF21\uFF11\u00A0\u2013\u0661 \u0967";
        NormalizedText normalized = NormalizedText.of(original);

        assertThat(MatchingFormCheck.sameOffsetsForm(original)).isEqualTo("A1 -1 1");
        assertThat(normalized.text()).isEqualTo("A1 -1 1");
        assertThat(normalized.originalStart(4)).isEqualTo(4);
        assertThat(normalized.originalEnd(5)).isEqualTo(5);
    }

    /**
     * Checks the code points of planes 1 and 2, whose properties {@link MatchingChars} computes once and then keeps,
     * against the slow path. Each string is checked twice, so that the second check reads the kept entries.
     */
    @Test
    void everySupplementaryCharAgreesWithBuilder() {
        String[][] contexts = {{"", ""}, {"x", "y"}, {"a\u0323", ""}};
        int passing = 0;
        for (int codePoint = 0x10000; codePoint < 0x30000; codePoint++) {
            String supplementary = new String(Character.toChars(codePoint));
            boolean passes = (MatchingChars.properties(codePoint) & MatchingChars.KIND_MASK) == MatchingChars.PASS;
            if (passes) {
                passing++;
            }
            for (String[] context : contexts) {
                String original = context[0] + supplementary + context[1];
                String built = MatchingFormBuilder.build(original).text();

                for (int round = 0; round < 2; round++) {
                    String fast = MatchingFormCheck.sameOffsetsForm(original);
                    if (fast != null) {
                        assertThat(fast).as("fast form of %s", escaped(original)).isEqualTo(built);
                    }
                    if (passes && context[0].isEmpty()) {
                        assertThat(fast).as("fast form of the passing %s", escaped(original)).isSameAs(original);
                    }
                }
            }
        }
        assertThat(passing).as("supplementary code points that pass").isGreaterThan(60_000);
    }

    /** Checks the one-char span of the matching form at {@code offset} and its order with the next offset. */
    private static void assertValidEdges(NormalizedText normalized, int offset) {
        String original = normalized.original();
        int start = normalized.originalStart(offset);
        int end = normalized.originalEnd(offset + 1);
        String where = escaped(original) + " at " + offset;

        assertThat(start).as("start in %s", where).isBetween(0, original.length() - 1);
        assertThat(end).as("end in %s", where).isBetween(start + 1, original.length());
        assertThat(splitsPair(original, start)).as("start splits a pair in %s", where).isFalse();
        assertThat(splitsPair(original, end)).as("end splits a pair in %s", where).isFalse();
        assertThat(normalized.originalStart(offset + 1)).as("starts ordered in %s", where)
                .isGreaterThanOrEqualTo(start);
        assertThat(normalized.originalEnd(offset)).as("ends ordered in %s", where).isLessThanOrEqualTo(end);
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    private static String originalOf(NormalizedText normalized, int start, int end) {
        return normalized.original().substring(normalized.originalStart(start), normalized.originalEnd(end));
    }

    private static String randomString(Random random) {
        return randomText(random, PIECES, MAX_PIECES);
    }

    private static String randomText(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(maxPieces);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    /** Returns the "text" or "input" field of every line of the JSON Lines resource {@code resource}. */
    private static List<String> texts(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (InputStream stream = NormalizedTextTest.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                JsonNode text = node.has("text") ? node.get("text") : node.get("input");
                if (text != null) {
                    texts.add(text.asText());
                }
            }
        }
        return texts;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
