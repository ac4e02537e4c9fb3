package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares the gates that let the detectors of numbers, hex groups and identifiers skip most of a text with the
 * paths they skip. Each detector's context path (digit-run lists, separator tests, char tests) must find what
 * its plain scan of every offset finds, and the Italian fiscal-code start walk must skip no possible start. The
 * texts mix prose numbers, valid identifiers, hex groups, separators and odd Unicode, so both sides find things.
 */
class DigitGateDifferentialTest {

    private static final int TEXTS = 20000;

    private static final String[] ATOMS = {
        "0", "1", "3", "7", "9", "12", "345", "2024", "120,00", "3,4", "19 %", "1.26.4", "14:30", "14:30:00",
        "2024-05-17", "17.05.1990", "1234567", "12345678", "123456789", "123456789012", " ", " ", " ", "-", ".",
        ":", "::", "/", ",", "\n", "a", "f", "Z", "K", "Q", "é", "日", "\u0130", "\u212A", "\uFF10", "\uD83D\uDE00",
        "\u00A0", "AB", "ABCDE", "RSSMRA", "RSSMRA85T10A562", "RSSMRA85T10A56NH", "LMNPQR", "ABCPE1234F", "ABCPE",
        "1234F", "X-1234567-L", "X0000000T", "Y1234567", "S1234567D", "T0123456G", "F7654321Q", "00000000T",
        "12345678Z", "48213577B", "48213577-B", "131052-308T", "010203A1230", "44051401359", "PESEL 02221503214",
        "PESEL ", "NIR 1 84 12 2A 451 089 33", "269019912301749", "546217357", "SIN ", "BSN ", "tfn ", "abn ",
        "medicare ", "cpf ", "Steuer-ID ", "NHS ", "SIN 130 482 938", "321052308", "84965771324", "1123456788",
        "2345 6789 0123", "aadhaar ", "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005",
        "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "DE89", "078-05-1120", "912-70-1234", "912 70 1234",
        "AB 12 34 56 C", "QQ123456C", "00:1A:2b:3C:4d:5E", "0a-1b-2c-3d-4e-5f", "001a.2b3c.4d5e", "1a2b.", "0a:",
        "-0a", "192.0.2.1", "10.0.0.255", "v1.2.3.4", "2001:db8::1", "fe80::1", "::ffff:192.0.2.1", "abc::def",
        "db8:", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "1Boat",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "bc1q", "qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    };

    @Test
    void contextPathsFindWhatPlainScansFind() {
        DetectionEngine engine = new DetectionEngine(DetectionSettings.defaults());
        Map<String, Integer> textsWithFindings = new HashMap<>();
        Random random = new Random(20261206L);
        for (int n = 0; n < TEXTS; n++) {
            String text = text(random);
            ScanContext context = ScanContext.of(text);
            for (Detector detector : engine.detectors()) {
                if (!isGated(detector)) {
                    continue;
                }
                List<Finding> expected = new ArrayList<>();
                detector.detect(text, expected);
                List<Finding> actual = new ArrayList<>();
                if (detector.mayMatch(context)) {
                    detector.detect(context, actual);
                }
                assertThat(actual).as("%s findings in \"%s\"", detector.id(), text).isEqualTo(expected);
                if (!expected.isEmpty()) {
                    textsWithFindings.merge(detector.id(), 1, Integer::sum);
                }
            }
        }
        for (String id : List.of("it-fiscal-code", "es-nif", "es-nie", "sg-nric-fin", "pl-pesel", "in-pan", "iban",
                "mac-address", "ip-address", "crypto", "credit-card", "fr-nir", "ca-sin")) {
            assertThat(textsWithFindings.getOrDefault(id, 0))
                    .as("texts in which %s finds something, of %s", id, textsWithFindings).isGreaterThan(20);
        }
    }

    @Test
    void fiscalCodeWalkSkipsNoPossibleStart() {
        ItFiscalCodeDetector detector = new ItFiscalCodeDetector();
        Pattern codeChars = Pattern.compile("[A-Z0-9]{16}");
        Random random = new Random(20261207L);
        int possibleStarts = 0;
        for (int n = 0; n < TEXTS; n++) {
            String text = text(random);
            int last = text.length() - detector.minChars();
            if (last < 0) {
                continue;
            }

            // firstPossible[from] is the first offset from there that passes the start tests and has the 16
            // capitals and digits of every match, or last + 1.
            int[] firstPossible = new int[last + 2];
            firstPossible[last + 1] = last + 1;
            for (int start = last; start >= 0; start--) {
                boolean possible = detector.mayStartWith(text.charAt(start)) && detector.mayStartAt(text, start)
                        && codeChars.matcher(text.substring(start, start + detector.minChars())).matches();
                firstPossible[start] = possible ? start : firstPossible[start + 1];
                possibleStarts += possible ? 1 : 0;
            }

            for (int from = 0; from <= last; from++) {
                int next = detector.nextPossibleStart(text, from, last);
                int expectedAtMost = firstPossible[from];
                if (next < 0) {
                    assertThat(expectedAtMost).as("possible start after %d in \"%s\"", from, text)
                            .isEqualTo(last + 1);
                } else {
                    assertThat(next).as("next start from %d in \"%s\"", from, text)
                            .isBetween(from, Math.min(last, expectedAtMost));
                }
            }
        }
        assertThat(possibleStarts).as("possible starts").isGreaterThan(100);
    }

    @Test
    void ipv6ScanKeepsEveryRunWithTwoColons() {
        Pattern run = Pattern.compile("[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");
        Random random = new Random(20261208L);
        int reported = 0;
        for (int n = 0; n < TEXTS; n++) {
            String text = text(random);
            List<List<Integer>> expected = new ArrayList<>();
            com.google.re2j.Matcher matcher = run.matcher(text);
            while (matcher.find()) {
                String candidate = text.substring(matcher.start(), matcher.end());
                if (candidate.indexOf(':') != candidate.lastIndexOf(':')) {
                    expected.add(List.of(matcher.start(), matcher.end()));
                }
            }
            List<List<Integer>> actual = new ArrayList<>();
            IpAddressDetector.forEachIpv6Candidate(ScanContext.of(text),
                    (start, end) -> actual.add(List.of(start, end)));
            assertThat(actual).as("IPv6 runs in \"%s\"", text).isEqualTo(expected);
            reported += actual.size();
        }
        assertThat(reported).as("runs reported").isGreaterThan(1000);
    }

    private static boolean isGated(Detector detector) {
        return detector instanceof ChecksumIdDetector || detector instanceof CreditCardDetector
                || detector instanceof IpAddressDetector || detector instanceof MacAddressDetector
                || detector instanceof CryptoWalletDetector || detector instanceof IbanDetector
                || detector instanceof UkNinoDetector || detector instanceof UsSsnDetector
                || detector instanceof UsItinDetector || detector instanceof AadhaarDetector
                || detector instanceof IndiaPanDetector;
    }

    /** Returns atoms and, now and then, a random fiscal code with a valid check letter. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(40) == 0) {
                text.append(fiscalCode(random));
            } else {
                text.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
        }
        return text.toString();
    }

    private static String fiscalCode(Random random) {
        String omocode = "0123456789LMNPQRSTUV";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        code.append(omocode.charAt(random.nextInt(20))).append(omocode.charAt(random.nextInt(20)));
        code.append("ABCDEHLMPRST".charAt(random.nextInt(12)));
        code.append(omocode.charAt(random.nextInt(20))).append(omocode.charAt(random.nextInt(20)));
        code.append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 3; i++) {
            code.append(omocode.charAt(random.nextInt(20)));
        }
        code.append(ItFiscalCodeDetector.checkLetter(code.toString()));
        return code.toString();
    }
}
