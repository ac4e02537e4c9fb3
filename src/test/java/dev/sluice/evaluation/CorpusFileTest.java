package dev.sluice.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that the committed corpus is exactly what {@link CorpusGenerator} writes, and that the generated
 * values are well formed. Run with {@code -Dsluice.evaluation.regenerate=true} to rewrite the corpus file
 * first.
 */
class CorpusFileTest {

    private static List<LabeledExample> generated;

    @BeforeAll
    static void generateCorpus() throws IOException {
        generated = new CorpusGenerator().generate();
        if (Boolean.getBoolean("sluice.evaluation.regenerate")) {
            CorpusGenerator.main(new String[0]);
        }
    }

    @Test
    void committedCorpusMatchesGenerator() throws IOException {
        String committed = Files.readString(Evaluation.DEFAULT_CORPUS, StandardCharsets.UTF_8);

        assertThat(committed)
                .as("corpus.jsonl is stale: regenerate it with -Dsluice.evaluation.regenerate=true")
                .isEqualTo(CorpusGenerator.toJsonLines(generated));
    }

    @Test
    void generatorIsDeterministic() {
        assertThat(new CorpusGenerator().generate()).isEqualTo(generated);
    }

    @Test
    void committedCorpusReadsBackUnchanged() throws IOException {
        assertThat(Evaluation.readCorpus(Evaluation.DEFAULT_CORPUS)).isEqualTo(generated);
    }

    @Test
    void corpusCoversEveryTypeAndLanguage() {
        Map<String, Integer> spansPerType = new HashMap<>();
        Set<String> languages = new HashSet<>();
        int negatives = 0;
        for (LabeledExample example : generated) {
            languages.add(example.language());
            negatives += example.spans().isEmpty() ? 1 : 0;
            example.spans().forEach(span -> spansPerType.merge(span.type(), 1, Integer::sum));
        }

        assertThat(generated).hasSizeGreaterThanOrEqualTo(400);
        assertThat(languages).containsExactlyInAnyOrderElementsOf(CorpusGenerator.LANGUAGES);
        assertThat(negatives).isGreaterThanOrEqualTo(100);
        for (String type : Evaluation.ENTITY_TYPES) {
            assertThat(spansPerType.getOrDefault(type, 0)).as("gold spans of %s", type).isGreaterThanOrEqualTo(25);
        }
    }

    @Test
    void spansAreSortedAndDisjoint() {
        for (LabeledExample example : generated) {
            int previousEnd = 0;
            for (LabeledSpan span : example.spans()) {
                assertThat(span.start()).as("span start in %s", example.id()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(example.textOf(span)).as("span text in %s", example.id()).isNotBlank();
                previousEnd = span.end();
            }
        }
    }

    @Test
    void cardNumbersPassLuhn() {
        for (String card : spanTexts("CREDIT_CARD")) {
            String digits = digitsOf(card);
            assertThat(ValueGenerator.luhn(digits.substring(0, digits.length() - 1))).as(card).isEqualTo(digits);
        }
    }

    @Test
    void ibansPassMod97() {
        for (String iban : spanTexts("IBAN_CODE")) {
            String compact = iban.replace(" ", "");
            StringBuilder numeric = new StringBuilder();
            for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
                numeric.append(Character.digit(c, 36));
            }
            assertThat(new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue()).as(iban)
                    .isEqualTo(1);
        }
    }

    @Test
    void aadhaarNumbersPassVerhoeff() {
        for (String aadhaar : spanTexts("IN_AADHAAR")) {
            String digits = digitsOf(aadhaar);
            assertThat(digits).as(aadhaar).hasSize(12);
            assertThat(ValueGenerator.verhoeff(digits.substring(0, 11))).as(aadhaar).isEqualTo(digits);
        }
    }

    @Test
    void verhoeffMatchesPublishedExample() {
        // The check digit of 236 is 3 in the worked example of Verhoeff's scheme.
        assertThat(ValueGenerator.verhoeff("236")).isEqualTo("2363");
    }

    @Test
    void syntheticValuesStayInReservedRanges() {
        for (String mac : spanTexts("MAC_ADDRESS")) {
            String hex = mac.replace(":", "").replace("-", "").replace(".", "").toLowerCase(java.util.Locale.ROOT);
            assertThat(hex.startsWith("00005e0053") || hex.startsWith("02")).as(mac).isTrue();
        }
        for (String email : spanTexts("EMAIL_ADDRESS")) {
            assertThat(email).as(email).containsAnyOf("example.com", "example.org", "example.net");
        }
        for (String phone : spanTexts("PHONE_NUMBER")) {
            assertThat(digitsOf(phone)).as(phone).containsAnyOf("55501", "79460", "7700900");
        }
        for (String ip : spanTexts("IP_ADDRESS")) {
            assertThat(ip).as(ip).containsAnyOf("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:", "2001:0db8:");
        }
        for (String ssn : spanTexts("US_SSN")) {
            assertThat(Integer.parseInt(ssn.substring(0, 3))).as(ssn).isBetween(773, 899);
        }
    }

    private static List<String> spanTexts(String type) {
        return generated.stream()
                .flatMap(example -> example.spans().stream()
                        .filter(span -> span.type().equals(type))
                        .map(example::textOf))
                .toList();
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
