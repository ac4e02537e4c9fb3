package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link StreetAddressDetector}, whose {@link HouseNumberScreen} and early-stopping
 * {@link StreetWordWalk} skip most digit runs, with {@link StreetAddressReference}, which tries every house number
 * the old way. The texts are dense in numbers, street words and particles of every supported language, number
 * words, and chars whose case or width is odd, so that both forms of address match often and nearly match more
 * often.
 */
class StreetAddressDifferentialTest {

    private static final String[] ATOMS = {
        // Numbers, and what follows or precedes a house number.
        "1", "12", "742", "2024", "123456", "1234567", "12-14", "12-1234 ", "5/7", "14b", "221B", "3,4", "14:30",
        "2024-01-05", "12.03.", "8 h ", "9h, ", "sala 204", " bis", " ter", "bis ", "ter,", " b ", "b, ", "B ", ", ",
        ",", " ", " ", " ", "  ", ".", "-", "/", "'", "’", "\n", "(",
        // US form.
        "N ", "West ", "NW", "Evergreen ", "Pennsylvania ", "Oak ", "Main ", "Terrace", "Street", "St", "St.",
        "Ave", "Ave.", "Road", "Drive", "Way", "Lane", "Court", "Boulevard", "Blvd", "Hwy", "3rd ", "21st ",
        ", Suite 200", " Apt 4B", ", Springfield, IL 62704", " London NW1 6XE", " folders", "Streets", "STREET",
        // French form.
        "rue ", "Rue ", "RUE ", "avenue ", "av. ", "boulevard ", "bd ", "chemin ", "allée ", "ALLÉE ", "place ",
        "impasse ", "quai ", "route ", "cours ", "passage ", "pa\u017F\u017Fage ", "de la ", "du ", "l'", "Paix",
        "Victor ", "Hugo", ", 75002 Paris", "para ", "y ", "a ", "in ", "the ", "Euro. ", "Der ",
        // Street first, in German, Dutch, Spanish, Italian, Portuguese and Indonesian.
        "Lindenstraße ", "Linden", "straße ", "strasse ", "Birkenweg ", "Berliner ", "Straße ", "Str. ", "Allee ",
        "Keizersgracht ", "Calle ", "Mayor ", "Carrer ", "Avda. ", "C/", "Via ", "Viale ", "Roma ", "dell'",
        "Amore ", "Rua ", "Augusta ", "Praça ", "São ", "Paulo ", "Jl. ", "Melati ", "de ", "los ", "del ", "e ",
        "No. ", "No.", "Nr. ", "n. ", "nº ", "n° ", "núm.", "número ", "Kapitel ", "die ", "Sie ", "vuelo ",
        "IB ", "Version ", "the ", ", 10969 Berlin", ", 28013 Madrid", " 1015 CJ Amsterdam", "Calle de los Reyes ",
        "Rua das Flores ", "Via della Pace ", "Avenida de la Paz ", "Carrer d'Avall ", "Plaza San Juan ",
        "Jl. Melati No. ",
        // Odd letters: dotted capital I, long s, Kelvin sign, Greek sigma, a capital outside the BMP, combining
        // marks, a title-case digraph, full-width digits, CJK, Devanagari and a no-break space.
        "\u0130", "\u0130mpasse ", "\u017F", "\u212A", "\u03A3", "\uD801\uDC00", "\uD801\uDC00ak ", "\u0301",
        "e\u0301", "\u01C5", "\uFF11\uFF12", "日本", "年", "नमस्ते", "\u00A0", "\u00BA", "\u00B0"
    };

    private static final StreetAddressDetector DETECTOR = new StreetAddressDetector();

    @Test
    void detectorFindsWhatReferenceFinds() {
        Random random = new Random(20261205L);
        int addresses = 0;
        for (int n = 0; n < 40_000; n++) {
            String text = RandomAtoms.join(random, ATOMS, 14);
            List<String> expected = spans(text, StreetAddressReference.find(text));

            assertThat(plainSpans(text)).as("plain path on \"%s\"", text).isEqualTo(expected);
            assertThat(contextSpans(text)).as("context path on \"%s\"", text).isEqualTo(expected);
            addresses += expected.size();
        }
        assertThat(addresses).as("addresses in the generated texts").isGreaterThan(800);
    }

    @Test
    void detectorFindsWhatReferenceFindsInCases() {
        String[] texts = {
            "Ship to 742 Evergreen Terrace, Springfield, IL 62704 please.", "12 rue de la Paix, 75002 Paris",
            "Calle Mayor 5, 28013 Madrid", "Via dell'Amore 3", "Jl. Melati No. 27, Bandung 40115",
            "Wir wohnen in der Berliner Straße 5, 10115 Berlin.", "Am Birkenweg 3a", "Kapitel 3 bis 7",
            "El vuelo IB 3166 sale a las 10:20", "142,80 Euro. Der Nettobetrag von 120", "sala 204", "8 h 12",
            "12bis, rue Voltaire", "12 b rue Voltaire", "12, avenue Foch", "12-1234 Oak Street", "Rua de los Reyes 4",
            "Calle de los Reyes 4", "Calle Mayor, n. 5", "Calle Mayor nº 5", "Calle Mayor n°5", "Calle Mayor No.5",
            "Praça da Sé 1", "12 \u0130mpasse Victor Hugo", "12 pa\u017F\u017Fage des Roses", "12 \uD801\uDC00ak Street"
        };
        for (String text : texts) {
            List<String> expected = spans(text, StreetAddressReference.find(text));

            assertThat(plainSpans(text)).as("plain path on \"%s\"", text).isEqualTo(expected);
            assertThat(contextSpans(text)).as("context path on \"%s\"", text).isEqualTo(expected);
        }
    }

    @Test
    void upperCaseTableCoversPatternCapitals() {
        // The walk stops at a word whose first char is no capital by Character.isUpperCase, so every char that
        // the pattern's \p{Lu} matches must be one.
        Pattern capital = Pattern.compile("\\p{Lu}");
        int capitals = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (capital.matcher(String.valueOf((char) c)).matches()) {
                capitals++;
                assertThat(StreetChars.isUpperCase((char) c)).as("U+%04X", c).isTrue();
            }
        }
        assertThat(capitals).as("capitals in the BMP").isGreaterThan(900);
    }

    @Test
    void charTableMatchesCharacterMethods() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "1";

            assertThat(StreetChars.wordCharBefore(text, 2)).as("word char U+%04X", c)
                    .isEqualTo(TextChars.wordCharBefore(text, 2));
            assertThat(StreetChars.isUpperCase((char) c)).as("capital U+%04X", c)
                    .isEqualTo(Character.isUpperCase((char) c));
        }
    }

    private static List<String> plainSpans(String text) {
        List<Finding> findings = new ArrayList<>();
        DETECTOR.detect(text, findings);
        return findingSpans(text, findings);
    }

    private static List<String> contextSpans(String text) {
        List<Finding> findings = new ArrayList<>();
        DETECTOR.detect(ScanContext.of(text), findings);
        return findingSpans(text, findings);
    }

    private static List<String> findingSpans(String text, List<Finding> findings) {
        List<int[]> spans = new ArrayList<>();
        for (Finding finding : findings) {
            spans.add(new int[] {finding.start(), finding.end()});
        }
        return spans(text, spans);
    }

    private static List<String> spans(String text, List<int[]> spans) {
        return spans.stream().map(span -> span[0] + "-" + span[1] + ":" + text.substring(span[0], span[1])).toList();
    }
}
