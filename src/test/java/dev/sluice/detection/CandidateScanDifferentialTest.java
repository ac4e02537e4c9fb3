package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the six detectors that find candidates with hand-written char scans against the unanchored RE2/J
 * search they replaced. The reference runs a {@code find()} loop of the unchanged pattern over the whole text
 * and feeds every match to the same detector logic. Findings must be identical, and so must the candidate
 * spans, except for spans that the scans skip because they have too few digits to yield a finding.
 */
class CandidateScanDifferentialTest {

    private static final String LOCAL_FIRST_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
    private static final String LOCAL_CHAR = "[\\p{L}\\p{M}\\p{N}#$%&*+?^_~-]";
    private static final String LABEL_CHAR = "[\\p{L}\\p{M}\\p{N}]";
    private static final String PHONE_SEPARATOR = "(?:[ \\x{00A0}.\\-/]|\\)[ \\x{00A0}.\\-]?|[ \\x{00A0}.\\-]?\\()";

    // The patterns as the detectors searched them over whole texts before the candidate scans.
    private static final Pattern EMAIL = Pattern.compile(
            LOCAL_FIRST_CHAR + LOCAL_CHAR + "*(?:\\." + LOCAL_CHAR + "+)*"
                    + "@"
                    + "(?:" + LABEL_CHAR + "(?:[\\p{L}\\p{M}\\p{N}-]*" + LABEL_CHAR + ")?\\.)+"
                    + "(?:[\\p{L}\\p{M}]{2,}|xn--[a-zA-Z0-9-]+)");
    private static final Pattern CREDIT_CARD = Pattern.compile("\\d[\\d \\-]{10,}\\d");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{1,30}){1,9}");
    private static final Pattern US_SSN = Pattern.compile(
            "\\d{3}-\\d{2}-\\d{4}|\\d{3} \\d{2} \\d{4}|\\d{3}\\.\\d{2}\\.\\d{4}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");
    private static final Pattern JWT = Pattern.compile(
            "eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{2,}\\.[A-Za-z0-9_\\-]*");
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+|\\(\\+?|\\()?\\d+(?:" + PHONE_SEPARATOR + "\\d+)*");

    private static final int RANDOM_TEXTS = 4000;

    private static final EmailDetector EMAIL_DETECTOR = new EmailDetector();
    private static final CreditCardDetector CARD_DETECTOR = new CreditCardDetector();
    private static final IbanDetector IBAN_DETECTOR = new IbanDetector();
    private static final UsSsnDetector SSN_DETECTOR = new UsSsnDetector();
    private static final IpAddressDetector IP_DETECTOR = new IpAddressDetector();
    private static final PhoneNumberDetector PHONE_DETECTOR =
            new PhoneNumberDetector(DetectionSettings.DEFAULT_PHONE_REGIONS);

    private static List<String> caseInputs;
    private static List<String> corpusTexts;

    @BeforeAll
    static void loadTexts() throws IOException {
        caseInputs = new ArrayList<>();
        for (JsonNode testCase : JsonLinesResources.read("/detection/cases.jsonl")) {
            if (testCase.has("input")) {
                caseInputs.add(testCase.get("input").asText());
            } else {
                JsonNode generated = testCase.get("generated");
                caseInputs.add(generated.get("repeat").asText().repeat(generated.get("times").asInt())
                        + generated.path("suffix").asText(""));
            }
        }
        corpusTexts = new ArrayList<>();
        for (JsonNode example : JsonLinesResources.read("/evaluation/corpus.jsonl")) {
            corpusTexts.add(example.get("text").asText());
        }
    }

    @Test
    void caseTableInputsMatchReference() {
        assertThat(caseInputs).hasSizeGreaterThan(50);
        assertAllMatchReference(caseInputs);
    }

    @Test
    void corpusTextsMatchReference() {
        assertThat(corpusTexts).hasSizeGreaterThan(500);
        assertAllMatchReference(corpusTexts);
    }

    @Test
    void randomTextsMatchReference() {
        List<String> texts = randomTexts(new Random(20261204L), RANDOM_TEXTS);
        assertAllMatchReference(texts);
    }

    @Test
    void inputsGiveEveryDetectorFindings() {
        // The comparison means something only if the inputs give every detector findings to compare.
        List<String> texts = new ArrayList<>(caseInputs);
        texts.addAll(corpusTexts);
        texts.addAll(randomTexts(new Random(20261204L), RANDOM_TEXTS));
        for (Detector detector : List.of(EMAIL_DETECTOR, CARD_DETECTOR, IBAN_DETECTOR, SSN_DETECTOR, IP_DETECTOR,
                PHONE_DETECTOR)) {
            long withFindings = texts.stream().filter(text -> !findings(detector::detect, text).isEmpty()).count();
            assertThat(withFindings).as("texts in which %s finds something", detector.id()).isGreaterThan(10);
        }
    }

    @Test
    void scansSkipOnlyDigitPoorSpans() {
        List<String> texts = new ArrayList<>(caseInputs);
        texts.addAll(corpusTexts);
        texts.addAll(randomTexts(new Random(7L), RANDOM_TEXTS));
        for (String raw : texts) {
            String text = TextChars.foldFullWidth(raw);
            assertSameSpans(text, EMAIL, EmailDetector::forEachCandidate, 0);
            assertSameSpans(text, IBAN, IbanDetector::forEachCandidate, 0);
            assertSameSpans(text, IBAN,
                    (t, consumer) -> IbanDetector.forEachCandidate(ScanContext.of(t), consumer), 0);
            assertSameSpans(text, US_SSN, UsSsnDetector::forEachCandidate, 0);
            assertSameSpans(text, IPV4, IpAddressDetector::forEachIpv4Candidate, 0);
            assertSameSpans(text, IPV4, (t, consumer) -> Ipv4Candidates.findAll(t, 0, t.length(), consumer), 0);
            assertSameSpans(text, IPV4,
                    (t, consumer) -> IpAddressDetector.forEachIpv4Candidate(ScanContext.of(t), consumer), 0);
            assertSameSpans(text, IPV6, IpAddressDetector::forEachIpv6Candidate, 0);
            assertSameSpans(text, IPV6,
                    (t, consumer) -> IpAddressDetector.forEachIpv6Candidate(ScanContext.of(t), consumer),
                    (start, end) -> countColons(text, start, end) >= 2);
            assertSameSpans(text, CREDIT_CARD, CreditCardDetector::forEachCandidate, 12);
            assertSameSpans(text, PHONE, PhoneNumberDetector::forEachCandidate, 7);
            assertSameSpans(text, JWT, (t, consumer) -> JwtCandidates.findAll(t, 0, t.length(), consumer), 0);
            assertSameSpans(text, PHONE, (t, consumer) -> PhoneCandidates.findAll(t, 0, t.length(), consumer), 0);
            assertSameSpans(text, PHONE,
                    (t, consumer) -> PhoneNumberDetector.forEachCandidate(ScanContext.of(t), consumer), 7);
        }
    }

    private static void assertAllMatchReference(List<String> texts) {
        for (String raw : texts) {
            String text = TextChars.foldFullWidth(raw);
            assertSameFindings(text, "email", EMAIL_DETECTOR::detect,
                    (t, f) -> EMAIL_DETECTOR.detect(t, f, unanchored(EMAIL)));
            assertSameFindings(text, "credit-card", CARD_DETECTOR::detect,
                    (t, f) -> CARD_DETECTOR.detect(t, f, unanchored(CREDIT_CARD)));
            assertSameFindings(text, "iban", IBAN_DETECTOR::detect,
                    (t, f) -> IBAN_DETECTOR.detect(t, f, unanchored(IBAN)));
            assertSameFindings(text, "us-ssn", SSN_DETECTOR::detect,
                    (t, f) -> SSN_DETECTOR.detect(t, f, unanchored(US_SSN)));
            assertSameFindings(text, "ip-address", IP_DETECTOR::detect,
                    (t, f) -> IP_DETECTOR.detect(t, f, unanchored(IPV4), unanchored(IPV6)));
            assertSameFindings(text, "phone", PHONE_DETECTOR::detect,
                    (t, f) -> PHONE_DETECTOR.detect(t, f, unanchored(PHONE)));
        }
    }

    private static void assertSameFindings(String text, String detectorId, BiConsumer<String, List<Finding>> scanned,
            BiConsumer<String, List<Finding>> reference) {
        assertThat(findings(scanned, text))
                .as("%s findings in \"%s\"", detectorId, text)
                .isEqualTo(findings(reference, text));
    }

    /**
     * Asserts that the scan reports the reference's spans in order, leaving out only spans with fewer than
     * {@code minDigits} ASCII digits.
     */
    private static void assertSameSpans(String text, Pattern pattern, CandidateSpans.Source scan, int minDigits) {
        assertSameSpans(text, pattern, scan, (start, end) -> TextChars.countDigits(text, start, end) >= minDigits);
    }

    /**
     * Asserts that the scan reports the reference's spans in order, leaving out only spans that
     * {@code mayYieldFinding} rejects.
     */
    private static void assertSameSpans(String text, Pattern pattern, CandidateSpans.Source scan,
            SpanTest mayYieldFinding) {
        List<List<Integer>> expected = new ArrayList<>();
        unanchored(pattern).forEach(text, (start, end) -> {
            if (mayYieldFinding.test(start, end)) {
                expected.add(List.of(start, end));
            }
        });
        List<List<Integer>> actual = new ArrayList<>();
        scan.forEach(text, (start, end) -> actual.add(List.of(start, end)));
        List<List<Integer>> actualKept = actual.stream()
                .filter(span -> mayYieldFinding.test(span.get(0), span.get(1)))
                .toList();
        assertThat(actualKept).as("spans of %s in \"%s\"", pattern, text).isEqualTo(expected);
    }

    /** A test of a candidate span by its start and end offsets. */
    private interface SpanTest {
        boolean test(int start, int end);
    }

    private static int countColons(String text, int start, int end) {
        int colons = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ':') {
                colons++;
            }
        }
        return colons;
    }

    private static List<Finding> findings(BiConsumer<String, List<Finding>> detect, String text) {
        List<Finding> findings = new ArrayList<>();
        detect.accept(text, findings);
        return findings;
    }

    /** Returns the previous candidate search: a {@code find()} loop over the whole text. */
    private static CandidateSpans.Source unanchored(Pattern pattern) {
        return (text, consumer) -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                consumer.accept(matcher.start(), matcher.end());
            }
        };
    }

    /**
     * Returns seeded random strings of digits, separators, letters, '@', '.', ':', emoji and other non-ASCII
     * letters, mixed with fragments of the entities the detectors find, so that the scans meet both near misses
     * and real values.
     */
    private static List<String> randomTexts(Random random, int count) {
        String[] atoms = {
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "1", "5", "9",
            " ", " ", "-", ".", "/", "(", ")", "+", "\u00A0", "\n",
            "a", "b", "e", "f", "x", "n", "z", "A", "D", "E", "F", "G", "B", "X", "_",
            "@", "@", ".", ":", ":", "::", "#", "%", "~",
            "\uD83D\uDE00", "\uD83D\uDC4D", "é", "ü", "日", "メ", "\u0301", "\uFF10", "\uFF20",
            "555-0100", "555-0123", "(555) 555-0142", "+1 212 555 0199", "+44 7700 900123", "030 12345678",
            "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005", "5555555555554444",
            "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR76",
            "NL91ABNA0417164300", "AB12CDEFGHIJKLMNOPQRSTUVWXYZ0123456789", " 1 2 3 4 5", "  X", " Q7", "AB12 ",
            "078-05-1120", "219 09 9999", "123.45.6789",
            "192.0.2.", "198.51.100.7", "203.0.113.", "2001:db8::", "fe80::1", "::ffff:192.0.2.1",
            "ana.silva", "@example.com", "@example.org", ".example.net", "zoë", "xn--bcher-kva",
            "version ", "v", "upgraded to ", "ip ", "server ",
            ")(", "(+", "+(", ") ", " (", ")-", "-(", "/(", ")/", ").", "(+1)", "(0)", "((", "))", "++", "\u00A0(",
            "1234.", "12.", "0.", "255.255.", "1.2.3.4567", "....", "9999",
            "..", ".@", "@.", "-.", ".-", "a-b", "c0m", "com", "io", "xn--", "@@", "^", "a.b@c-d.e-f.gh",
            "eyJ", "eyJ", "eyJhbGciOiJub25lIn0", "eyJhbG", ".eyJzdWIiOiIxIn0.", ".c2lnbmF0dXJl", "ab", "-_", "eyJabc"
        };
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = 1 + random.nextInt(60);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < length; j++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
