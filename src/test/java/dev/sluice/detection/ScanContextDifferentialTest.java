package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.detection.TriggerWord.CaseRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the engine's trigger-driven path ({@link ScanContext}, {@link Detector#mayMatch(ScanContext)} and
 * {@link Detector#detect(ScanContext, List)}) with each detector's plain {@link Detector#detect(String, List)}
 * on the same folded text, and the context's one pass with naive searches for every trigger word and digit run.
 */
class ScanContextDifferentialTest {

    private static final int RANDOM_TEXTS = 6000;

    // The operator detectors get values that occur in the evaluation corpus, so that they find something too.
    private static final DetectionEngine ENGINE = new DetectionEngine(
            new DetectionSettings(List.of("Tamarind"), List.of("ACME CONFIDENTIAL"),
                    DetectionSettings.DEFAULT_PHONE_REGIONS, List.of("Ken"), new DetectionRules(
                            List.of("example.com"), List.of("ANN", "SUP"),
                            List.of("fd5823ac-a7f5-4a87-99dc-d4fe0929dbe7"), List.of(), List.of(), Map.of())));
    private static final DetectionEngine DEFAULT_ENGINE = new DetectionEngine(DetectionSettings.defaults());

    private static List<String> texts;

    @BeforeAll
    static void loadTexts() throws IOException {
        texts = new ArrayList<>();
        for (JsonNode testCase : JsonLinesResources.read("/detection/cases.jsonl")) {
            if (testCase.has("input")) {
                texts.add(testCase.get("input").asText());
            }
        }
        for (JsonNode example : JsonLinesResources.read("/evaluation/corpus.jsonl")) {
            texts.add(example.get("text").asText());
        }
        texts.addAll(randomTexts(new Random(20261205L), RANDOM_TEXTS));
    }

    @Test
    void contextPathFindsWhatPlainPathFinds() {
        for (DetectionEngine engine : List.of(ENGINE, DEFAULT_ENGINE)) {
            for (String raw : texts) {
                String text = TextChars.foldFullWidth(raw);
                ScanContext context = ScanContext.of(text);
                for (Detector detector : engine.detectors()) {
                    List<Finding> expected = findings(findings -> detector.detect(text, findings));
                    List<Finding> actual = detector.mayMatch(context)
                            ? findings(findings -> detector.detect(context, findings))
                            : List.of();
                    assertThat(actual).as("%s findings in \"%s\"", detector.id(), text).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void inputsGiveEveryDetectorFindings() {
        // The comparison means something only if most detectors find something in the inputs.
        for (Detector detector : ENGINE.detectors()) {
            long withFindings = texts.stream()
                    .map(TextChars::foldFullWidth)
                    .filter(text -> !findings(findings -> detector.detect(text, findings)).isEmpty())
                    .count();
            assertThat(withFindings).as("texts in which %s finds something", detector.id()).isGreaterThan(0);
        }
    }

    @Test
    void vendorTokenPrefixesAreTriggerWords() {
        for (Detector detector : DEFAULT_ENGINE.detectors()) {
            if (detector instanceof PrefixedTokenDetector prefixed) {
                assertThat(prefixed.usesTriggerWords()).as("%s prefixes registered in TriggerWords", detector.id())
                        .isTrue();
            }
        }
    }

    @Test
    void triggerWordsMatchNaiveSearch() {
        for (String raw : texts) {
            String text = TextChars.foldFullWidth(raw);
            ScanContext context = ScanContext.of(text);
            for (TriggerWord word : TriggerWords.all()) {
                assertThat(context.occurrences(word)).as("%s in \"%s\"", word, text)
                        .isEqualTo(naiveOccurrences(text, word));
            }
        }
    }

    @Test
    void lowerCaseWordsMatchAhoCorasick() {
        for (String raw : texts) {
            String text = TextChars.foldFullWidth(raw);
            ScanContext context = ScanContext.of(text);
            for (TriggerWord word : TriggerWords.all()) {
                if (word.caseRule() == CaseRule.LOWER_CASE) {
                    Trie trie = Trie.builder().ignoreCase().addKeyword(word.word()).build();
                    int[] expected = trie.parseText(text).stream().mapToInt(Emit::getStart)
                            .filter(start -> keepsOccurrence(text, word, start)).sorted().toArray();
                    assertThat(context.occurrences(word)).as("%s in \"%s\"", word, text).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void caseKeysAgreeForEveryMatchingChar() {
        for (TriggerWord word : TriggerWords.all()) {
            // The pass filters on the case keys of the first four chars.
            for (int index = 0; index < Math.min(4, word.length()); index++) {
                char expected = word.word().charAt(index);
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    String probe = word.word().substring(0, index) + (char) c + word.word().substring(index + 1);
                    if (word.occursAt(probe, 0)) {
                        assertThat(TriggerWord.caseKey((char) c)).as("case key of U+%04X for %s", c, word)
                                .isEqualTo(TriggerWord.caseKey(expected));
                    }
                }
            }
        }
    }

    @Test
    void wholeWordsBoundOnlyAsciiLetterEnds() {
        TriggerWord greeting = TriggerWords.PERSON_PHRASES.stream().filter(word -> word.word().equals("hi"))
                .findFirst().orElseThrow();
        TriggerWord signOff = TriggerWords.PERSON_PHRASES.stream().filter(word -> word.word().equals("regards,"))
                .findFirst().orElseThrow();
        TriggerWord honorific = TriggerWords.PERSON_PHRASES.stream().filter(word -> word.word().equals("さん"))
                .findFirst().orElseThrow();

        assertThat(greeting.boundedStart()).isTrue();
        assertThat(greeting.boundedEnd()).isTrue();
        assertThat(signOff.boundedStart()).isTrue();
        assertThat(signOff.boundedEnd()).isFalse();
        assertThat(honorific.boundedStart()).isFalse();
        assertThat(honorific.boundedEnd()).isFalse();
        assertThat(ScanContext.of("this hi chi hi_ hi2 Hi").occurrences(greeting)).containsExactly(5, 20);
    }

    @Test
    void listOccurrencesMergeWordOccurrences() {
        List<List<TriggerWord>> lists = List.of(TriggerWords.PASSWORD_KEYS, TriggerWords.PASSWORD_PROSE,
                TriggerWords.AWS_KEY_PREFIXES, TriggerWords.GENERIC_SECRET_WORDS, TriggerWords.VENDOR_TOKEN_PREFIXES,
                TriggerWords.GITHUB_PREFIXES, TriggerWords.GITLAB_PREFIXES, TriggerWords.SLACK_PREFIXES,
                TriggerWords.STRIPE_PREFIXES, TriggerWords.AZURE_MARKERS, TriggerWords.CRYPTO_PREFIXES,
                TriggerWords.CONFIDENTIALITY_LABELS, TriggerWords.PERSON_PHRASES, TriggerWords.BIRTH_KEYWORDS,
                TriggerWords.all());
        for (String raw : texts) {
            ScanContext context = ScanContext.of(TextChars.foldFullWidth(raw));
            for (List<TriggerWord> words : lists) {
                int[] expected = words.stream().flatMapToInt(word -> IntStream.of(context.occurrences(word)))
                        .distinct().sorted().toArray();
                assertThat(context.occurrences(words)).as("%s in \"%s\"", words, raw).isEqualTo(expected);
                assertThat(context.containsAny(words)).isEqualTo(expected.length > 0);
            }
        }
    }

    @Test
    void wordsAtTextEndFound() {
        TriggerWord slack = TriggerWords.exactWord("xox");
        TriggerWord aws = TriggerWords.exactWord("AKIA");

        assertThat(ScanContext.of("xox").occurrences(slack)).containsExactly(0);
        assertThat(ScanContext.of("a xox").occurrences(slack)).containsExactly(2);
        assertThat(ScanContext.of("AKIA").occurrences(aws)).containsExactly(0);
        assertThat(ScanContext.of("id AKIA").occurrences(aws)).containsExactly(3);
        assertThat(ScanContext.of("id AKI").occurrences(aws)).isEmpty();
    }

    @Test
    void shortTextIgnoresEarlierLongerText() {
        // The pass reads a char buffer that the previous, longer text of the thread filled.
        TriggerWord slack = TriggerWords.exactWord("xox");
        TriggerWord padding = TriggerWords.exactWord("==");

        assertThat(ScanContext.of("xox xox 12345 ==").occurrences(slack)).containsExactly(0, 4);
        assertThat(ScanContext.of("xo").occurrences(slack)).isEmpty();
        assertThat(ScanContext.of("=").occurrences(padding)).isEmpty();
        assertThat(ScanContext.of("x 1").digitRunEnd(0)).isEqualTo(3);
    }

    @Test
    void hugeTextFindsWordsAtBothEnds() {
        TriggerWord aws = TriggerWords.exactWord("AKIA");
        String huge = "AKIA" + "a".repeat(3_000_000) + " AKIA";

        assertThat(ScanContext.of(huge).occurrences(aws)).containsExactly(0, huge.length() - 4);
    }

    @Test
    void lastTwoCharsStartTwoCharWords() {
        TriggerWord padding = TriggerWords.exactWord("==");
        TriggerWord hexPrefix = TriggerWords.exactWord("0x");

        assertThat(ScanContext.of("==").occurrences(padding)).containsExactly(0);
        assertThat(ScanContext.of("a==").occurrences(padding)).containsExactly(1);
        assertThat(ScanContext.of("0x 0x").occurrences(hexPrefix)).containsExactly(0, 3);
        assertThat(ScanContext.of("=").occurrences(padding)).isEmpty();
    }

    @Test
    void charsMatchingAsciiLettersAreLatin() {
        // A bounded end drops an occurrence after an ASCII word char only because the chars that match an ASCII
        // letter are Latin, so TextChars.continuesWordBefore and continuesWordAfter take them as one word.
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            char lowerCase = Character.toLowerCase((char) c);
            char caseKey = TriggerWord.caseKey((char) c);
            if (TextChars.isAsciiLetter(lowerCase) || TextChars.isAsciiLetter(caseKey)) {
                assertThat(Character.UnicodeScript.of(c)).as("script of U+%04X", c)
                        .isEqualTo(Character.UnicodeScript.LATIN);
            }
        }
    }

    @Test
    void caseKeysFoldUpperThenLower() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char expected = Character.toLowerCase(Character.toUpperCase((char) c));
            assertThat(TriggerWord.caseKey((char) c)).as("case key of U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void digitRunsMatchNaiveScan() {
        for (String raw : texts) {
            String text = TextChars.foldFullWidth(raw);
            ScanContext context = ScanContext.of(text);
            List<List<Integer>> expected = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (!TextChars.isAsciiDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && TextChars.isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                expected.add(List.of(start, i));
            }
            List<List<Integer>> actual = IntStream.range(0, context.digitRunCount())
                    .mapToObj(run -> List.of(context.digitRunStart(run), context.digitRunEnd(run)))
                    .toList();
            assertThat(actual).as("digit runs of \"%s\"", text).isEqualTo(expected);
        }
    }

    @Test
    void separatorsMatchNaiveScan() {
        for (String raw : texts) {
            String text = TextChars.foldFullWidth(raw);
            ScanContext context = ScanContext.of(text);
            int[] expected = IntStream.range(0, text.length())
                    .filter(i -> text.charAt(i) == ':' || text.charAt(i) == '-' || text.charAt(i) == '.')
                    .toArray();
            int[] actual = IntStream.range(0, context.separatorCount()).map(context::separatorAt).toArray();
            assertThat(actual).as("separators of \"%s\"", text).isEqualTo(expected);
        }
    }

    private static List<String> occurrencesOfEveryWord(ScanContext context) {
        return TriggerWords.all().stream().map(word -> java.util.Arrays.toString(context.occurrences(word))).toList();
    }

    /** Returns every offset where {@code word} occurs, by the rule each replaced search used. */
    private static int[] naiveOccurrences(String text, TriggerWord word) {
        return IntStream.rangeClosed(0, text.length() - word.length())
                .filter(i -> switch (word.caseRule()) {
                    case EXACT -> text.startsWith(word.word(), i);
                    case LOWER_CASE -> word.occursAt(text, i);
                    case REGION_IGNORE_CASE -> text.regionMatches(true, i, word.word(), 0, word.length());
                })
                .filter(i -> keepsOccurrence(text, word, i))
                .toArray();
    }

    /** Returns false for an occurrence where an ASCII letter, digit or '_' touches a bounded end of the word. */
    private static boolean keepsOccurrence(String text, TriggerWord word, int start) {
        int end = start + word.length();
        boolean touchedBefore = start > 0 && isAsciiWordChar(text.charAt(start - 1));
        boolean touchedAfter = end < text.length() && isAsciiWordChar(text.charAt(end));
        return !(word.boundedStart() && touchedBefore) && !(word.boundedEnd() && touchedAfter);
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static List<Finding> findings(java.util.function.Consumer<List<Finding>> detect) {
        List<Finding> findings = new ArrayList<>();
        detect.accept(findings);
        return findings;
    }

    /**
     * Returns seeded random strings of trigger words in several cases, values that the detectors find, digits,
     * separators, full-width forms and chars whose case forms are ASCII letters ('ſ', 'K' the Kelvin sign, 'İ').
     */
    private static List<String> randomTexts(Random random, int count) {
        String[] atoms = {
            "0", "1", "3", "5", "9", " ", " ", "-", ".", ":", "/", "=", "\n", "_", "a", "Z", "x", "é", "日",
            "\u017F", "\u212A", "\u0130", "\u0131", "\uFF21", "\uFF10", "\u3000", "\uD83D\uDE00",
            "password", "PASSWORD", "Passwort", "pass", "pwd", "secret", "SECRET", "\u017Fecret", "token", "api_key",
            "access_key", "private", "client_secret", "credentials", "mot de passe", "contraseña", "パスワード",
            "पासवर्ड", " is ", " = ", ": ", "=", "hunter2X!", "kY7mH11n7W#20", "://", "https://ana:pw9@",
            "AKIA", "ASIA", "IOSFODNN7EXAMPLE", "aws_secret_access_key=", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "Bearer ", "bearer ", "Basic ", "ba\u017Fic ", "dXNlcjpwYXNzd29yZA==", "AbCdEfGhIjKlMnOpQrStUv12",
            "eyJhbGciOiJIUzI1NiJ9", ".eyJzdWIiOiIxIn0", ".c2lnbmF0dXJl",
            "ghp_", "github_pat_", "glpat-", "xoxb-", "xoxe.", "xapp-1-", "hooks.slack.com/services/",
            "sk_live_", "rk_test_", "whsec_", "AIza", "sk-", "sk-proj-", "sk-ant-api03-",
            "0123456789abcdefABCDEF0123456789abcdefGHIJ", "AccountKey=", "sig=", "==", "&sv=2024&se=2025",
            "-----BEGIN PRIVATE KEY-----", "MIIEvQIBADANBg", "-----END PRIVATE KEY-----",
            "bc1q", "BC1Q", "0x", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "CONFIDENTIAL", "INTERNAL USE ONLY", "TOP SECRET", "社外秘", "機密", "【", "】", "ACME CONFIDENTIAL",
            "Tamarind", "VERTRAULICH", "NUR FÜR DEN INTERNEN GEBRAUCH",
            "(555) 555-0142", "+44 7700 900123", "030 12345678", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
            "GB82WEST12345698765432", "078-05-1120", "912-70-1234", "AB 12 34 56 C", "QQ123456C", "ABCPE1234F",
            "2345 6789 0123", "aadhaar ", "00:1A:2b:3C:4d:5E", "0a-1b-2c-3d-4e-5f", "001a.2b3c.4d5e",
            "192.0.2.1", "v1.2.3.4", "2001:db8::1", "ana@example.com", "12", "345", "6789",
            "Hi ", "Dear ", "Mr. ", "Mrs ", "my name is ", "I'm ", "Best regards,\n", "regards,", "Maria", "Anna",
            "Smith", "Jones", "さん", "様", "我叫", "DOB: ", "born on ", "Born ", "geb. ", "生まれ", "1990-05-17",
            "17.05.1990", "token ", "Secret: ", "KEY=", "4f8Kq2Zx9LmN0pR7sT3vW6yB1cD5eF8h", "Steuer-ID ", "TIN ",
            "abn ", "tfn: ", "medicare ", "SIN ", "cpf ", "BSN ", "npm_", "hf_", "dapi", "SK", "SG.", "hvs.",
            "shpat_", "dckr_pat_", "dop_v1_", "PMAK-", "https://discord.com/api/webhooks/", "hi", "oi", "cc",
            "dr", "ms", "Mme", "contact ", "dob", "\u212Aen", "x", "7", "_", "twilio ", "TWILIO_KEY=",
            "SK0123456789abcdef0123456789abcdef", "bot1234567890", ":AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ",
            "RSSMRA85T10A56NH", "RSSMRA", "ABCDEFG", "X-1234567-L", "X0000000T", "Y1234567", "-", "S1234567D",
            "T0123456G", "F7654321Q", "XX", "SS", "QUIET"
        };
        List<String> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = 1 + random.nextInt(40);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < length; j++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            generated.add(text.toString());
        }
        return generated;
    }
}
