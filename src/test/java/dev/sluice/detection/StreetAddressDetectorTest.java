package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressDetectorTest {

    private final StreetAddressDetector detector = new StreetAddressDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ship to 742 Evergreen Terrace, Springfield, IL 62704 please.|742 Evergreen Terrace, Springfield, IL 62704",
        "Office: 1600 Pennsylvania Ave NW, Suite 200, Washington, DC 20500|1600 Pennsylvania Ave NW, Suite 200, Washington, DC 20500",
        "Deliver to 88 Oak Street Apt 4B tomorrow.|88 Oak Street Apt 4B",
        "Send it to 221B Baker Street, London NW1 6XE.|221B Baker Street, London NW1 6XE",
        "Lieferadresse: Lindenstraße 14b, 10969 Berlin.|Lindenstraße 14b, 10969 Berlin",
        "Wir wohnen in der Berliner Straße 5, 10115 Berlin.|Berliner Straße 5, 10115 Berlin",
        "Bitte an Am Birkenweg 3a liefern.|Birkenweg 3a",
        "Adresse : 12 rue de la Paix, 75002 Paris|12 rue de la Paix, 75002 Paris",
        "Envoyez-le au 5 avenue Victor Hugo.|5 avenue Victor Hugo",
        "Dirección: Calle Mayor 5, 28013 Madrid.|Calle Mayor 5, 28013 Madrid",
        "Indirizzo: Via Roma 12, 00184 Roma.|Via Roma 12, 00184 Roma",
        "Morada: Rua Augusta 100, 1100-053 Lisboa.|Rua Augusta 100, 1100-053 Lisboa",
        "Adres: Keizersgracht 123, 1015 CJ Amsterdam.|Keizersgracht 123, 1015 CJ Amsterdam",
        "Alamat: Jl. Melati No. 27, Bandung 40115.|Jl. Melati No. 27, Bandung 40115"
    })
    void findsAddress(String text, String address) {
        assertThat(Detections.texts(detector, text)).containsExactly(address);
    }

    @Test
    void findsTwoAddressesAsTwoSpans() {
        String text = "Lieferadresse: Lindenstraße 14b, 10969 Berlin. Falls niemand da ist: Jl. Melati No. 27, "
                + "Bandung 40115";

        assertThat(Detections.texts(detector, text))
                .containsExactly("Lindenstraße 14b, 10969 Berlin", "Jl. Melati No. 27, Bandung 40115");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bitte auf Versionen 2.3, 2.4 und 3.0 aktualisieren.",
        "Crash in version 1.2.3.4 since Monday.",
        "I live on Main Street near the station.",
        "Sync 2 Google Drive folders before Friday.",
        "Der Weg dauert 5 Minuten, Platz 3 im Ranking.",
        "Spring 5 and String 3 are not streets.",
        "The street was closed for 3 hours on Monday.",
        "Order 4417 shipped in 2 boxes via DHL."
    })
    void ignoresStreetLikeWordsInProse(String text) {
        assertThat(Detections.texts(detector, text)).isEmpty();
    }

    @Test
    void staysLinearOnNumberDenseText() {
        String numbers = "12 Main 34 Oak 56 ".repeat(30_000);
        String streets = "Lindenstraße Lindenstraße 1, ".repeat(10_000);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Detections.texts(detector, numbers));
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Detections.texts(detector, streets)))
                .isNotEmpty();
    }

    @Test
    void houseNumberCheckKeepsPatternMatches() {
        // The char check after a house number may only skip numbers where the number-first pattern fails.
        String[] atoms = {
            "1", "42", "742", "12-14", "5/7", "221", "1600", "14b", "3 ", " ", " ", ",", ", ", "-", "-12", "b", " bis",
            " ter", "bis", "A", "N ", "West ", "Evergreen ", "Terrace", "Pennsylvania ", "Ave", "Ave.", "NW", "St",
            "Street", "Main ", "Drive", "rue ", "Rue ", "avenue ", "de la ", "Paix", "allée ", "Quai ", "Voltaire",
            ", Suite 200", ", Springfield, IL 62704", ", 75002 Paris", " London NW1 6XE", "日", "年", ".", ":", "\n",
            "3rd ", "5th ", "x ", "x, ", " b, ", "b ", "items ", "Bd ", "bd ", "QUAI ", "impasse ", "Impasse ", "cours ",
            "Place ", "route ", "passage ", "av. ", "chemin ", "ı", "\u212A", "S. ", " ter rue ", " bis quai ", " t rue ",
            "cour\u017F ", "pa\u017F\u017Fage ", "ALLÉE ", "AllÉe ", "12345-", "-1234 ", "Élysée ", "Ärmel ",
            "Oak ", "Ln", "Circle ", "1st ", "23rd ", "b, ", " bis, "
        };
        Random random = new Random(31L);
        int matches = 0;
        for (int n = 0; n < 60000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int j = 0; j < length; j++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            String sample = text.toString();
            for (int start = 0; start < sample.length(); start++) {
                if (!TextChars.isAsciiDigit(sample.charAt(start)) || TextChars.digitAt(sample, start - 1)) {
                    continue;
                }
                if (StreetAddressDetector.numberFirstMatchEnd(sample, start) >= 0) {
                    matches++;
                    int digitsEnd = StreetAddressDetector.skipDigits(sample, start);
                    assertThat(StreetAddressDetector.mayFollowHouseNumber(sample, digitsEnd))
                            .as("number at %d in \"%s\"", start, sample).isTrue();
                    assertThat(StreetAddressDetector.mayStartStreetAfterNumber(sample, digitsEnd))
                            .as("word after number at %d in \"%s\"", start, sample).isTrue();
                    assertThat(NumberFirstShape.mayMatch(sample, start, digitsEnd, Math.min(sample.length(),
                            start + 200))).as("shape after number at %d in \"%s\"", start, sample).isTrue();
                    assertThat(HouseNumberScreen.mayStartNumberFirst(sample, digitsEnd))
                            .as("screen after number at %d in \"%s\"", start, sample).isTrue();
                }
            }
        }
        assertThat(matches).as("number-first matches").isGreaterThan(300);
    }

    @Test
    void frenchTypeFoldCoversPatternCaseFolding() {
        // NumberFirstShape compares the French street types char by char, so it must accept every char that the
        // pattern's case-insensitive matching takes as a letter of a type.
        char[] letters = NumberFirstShape.FRENCH_TYPES.stream().flatMapToInt(String::chars).distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .toCharArray();
        int folded = 0;
        for (char letter : letters) {
            Pattern anyCase = Pattern.compile("(?i:" + Pattern.quote(String.valueOf(letter)) + ")");
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (anyCase.matcher(String.valueOf((char) c)).matches()) {
                    folded++;
                    assertThat(NumberFirstShape.mayFoldTo((char) c, letter))
                            .as("U+%04X as '%s'", c, letter).isTrue();
                }
            }
        }
        assertThat(folded).as("chars folded to type letters").isGreaterThan(letters.length);
    }

    @Test
    void wordBeforeNumberCheckKeepsStreetFirstMatches() {
        // The check of the word before a house number may only skip numbers that no street-first match reaches.
        String[] atoms = {
            "Linden", "straße ", "Lindenstraße ", "Berliner ", "Straße ", "Str. ", "Keizersgracht ", "Calle ", "Mayor",
            "Via ", "Roma", "Jl. ", "Melati ", "Rua ", "Augusta", " de la ", " y ", "São ", "Paulo", " ", ", ", ",",
            "No. ", "No.", "n. ", "n.", "nº ", "n° ", "Nr. ", "núm.", "número ", "numero ", "1", "27", "123", "14b",
            "5/7", " 10969 Berlin", ", 28013 Madrid", "x ", "see ", "日本", "é", "-", "\n", "\u0130", "ǅ"
        };
        Random random = new Random(43L);
        int matches = 0;
        for (int n = 0; n < 20000; n++) {
            String sample = RandomAtoms.join(random, atoms, 8);
            for (int number = 0; number < sample.length(); number++) {
                if (!TextChars.isAsciiDigit(sample.charAt(number)) || TextChars.wordCharBefore(sample, number)) {
                    continue;
                }
                for (int start = 0; start < number; start++) {
                    // Every alternative of the pattern starts with a capital letter.
                    if (!Character.isUpperCase(sample.charAt(start)) || !reachableByWalk(sample, start, number)) {
                        continue;
                    }
                    Matcher matcher = StreetPatterns.STREET_FIRST.matcher(sample.substring(start));
                    if (matcher.lookingAt() && start + matcher.end() > number) {
                        matches++;
                        assertThat(StreetWordWalk.mayEndStreetBefore(sample, number))
                                .as("number at %d, street at %d in \"%s\"", number, start, sample).isTrue();
                        assertThat(HouseNumberScreen.mayEndStreetFirst(sample, number))
                                .as("screen before number at %d, street at %d in \"%s\"", number, start, sample)
                                .isTrue();
                    }
                }
            }
        }
        assertThat(matches).as("street-first matches").isGreaterThan(300);
    }

    /**
     * Returns whether the walk back from the house number at {@code number} can reach a word starting at
     * {@code start}: the start is at most 80 chars back, begins a word or the window, and only words, spaces and
     * commas are between it and the number.
     */
    private static boolean reachableByWalk(String text, int start, int number) {
        int limit = Math.max(0, number - 80);
        if (start < limit || start > limit && isWalkWordChar(text.charAt(start - 1))) {
            return false;
        }
        for (int i = start; i < number; i++) {
            char c = text.charAt(i);
            if (!isWalkWordChar(c) && c != ' ' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWalkWordChar(char c) {
        return Character.isLetter(c) || ".-/'’".indexOf(c) >= 0 || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    @Test
    void streetWordSpanMatchesCopiedWord() {
        String[] atoms = {
            "Linden", "straße", "STRASSE", "Str.", "str.", "weg", "Gasse", "platz", "ALLEE", "damm", "ufer", "gracht",
            "Calle", "CALLE", "C/", "Via", "VIA", "Jl.", "Praça", "PRAÇA", "Rue", "Avda.", "\u0130", "\u03A3", "\u212A",
            "\u1E9E", "\u017F", "x", "Ab", "é", "-"
        };
        Random random = new Random(67L);
        int streetWords = 0;
        for (int n = 0; n < 20000; n++) {
            String sample = RandomAtoms.join(random, atoms, 4);
            for (int start = 0; start < sample.length(); start++) {
                for (int end = start + 1; end <= sample.length(); end++) {
                    boolean expected = StreetWordWalk.isStreetWord(sample.substring(start, end));
                    assertThat(StreetWordWalk.isStreetWord(sample, start, end))
                            .as("[%d, %d) of \"%s\"", start, end, sample).isEqualTo(expected);
                    streetWords += expected ? 1 : 0;
                }
            }
        }
        assertThat(streetWords).as("street words").isGreaterThan(1000);
    }
}
