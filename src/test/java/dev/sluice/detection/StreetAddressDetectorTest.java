package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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
}
