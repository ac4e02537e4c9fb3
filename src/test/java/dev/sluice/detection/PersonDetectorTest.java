package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonDetectorTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final PersonDetector detector = new PersonDetector(List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UK customer, call the office (ask for Priya).|Priya",
        "Hi Priya Sharma, thanks for the update.|Priya Sharma",
        "Dear Mr. John F. Kennedy, we received your letter.|John F. Kennedy",
        "Please contact Lena Fischer at the front desk.|Lena Fischer",
        "My name is Will Turner and I need help.|Will Turner",
        "I'm Lena and I cannot log in.|Lena",
        "Hallo, ich bin die Anna Schmidt aus dem Support.|Anna Schmidt",
        "Frau Müller hat angerufen.|Müller",
        "Bonjour, je m'appelle Claire Dubois.|Claire Dubois",
        "Merci M. Dupont pour votre retour.|Dupont",
        "Hola, me llamo Lucía Gómez y necesito ayuda.|Lucía Gómez",
        "La Sra. Fernández llamó ayer.|Fernández",
        "Olá, sou a Ana Silva, obrigada.|Ana Silva",
        "Ciao, mi chiamo Giulia Rossi.|Giulia Rossi",
        "Hi Will, can you check the queue?|Will",
        "Contact Jan van der Berg for the keys.|Jan van der Berg",
        "Customer (Jane Doe): my order is late|Jane Doe",
        "田中さんに連絡してください。|田中",
        "お客様の山田太郎様からのお問い合わせです。|山田太郎",
        "マリアさんが対応します。|マリア",
        "请联系王伟先生。|王伟",
        "我叫李娜，请回电。|李娜",
        "김민수 씨에게 연락하세요.|김민수"
    })
    void findsNameInContext(String text, String name) {
        assertThat(Detections.texts(detector, text)).containsExactly(name);
    }

    @Test
    void findsNameOnTheLineAfterSignOff() {
        assertThat(Detections.texts(detector, "See you tomorrow.\nBest regards,\nJean-Luc Picard\nACME Labs"))
                .containsExactly("Jean-Luc Picard");
        assertThat(Detections.texts(detector, "Danke!\nViele Grüße\nJürgen Weber")).containsExactly("Jürgen Weber");
    }

    @Test
    void findsChatSpeakersThatAreKnownNames() {
        assertThat(Detections.texts(detector, "Alice: is the export done?\nBob: yes\nNote: retry later\nError: none"))
                .containsExactly("Alice", "Bob");
    }

    @Test
    void keepsOffsetsAfterAstralEmoji() {
        String text = "Hi 😀🙏 ich bin der Dani Kessler, Mail: dani.k@beispiel.example";

        assertThat(Detections.texts(detector, text)).containsExactly("Dani Kessler");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mark the task done before Friday.",
        "Will this work? May I ask a question?",
        "Hello World, hi team, dear Sir, Dear Customer.",
        "I am Happy to help. I'm Sorry for the delay.",
        "Grace periods apply. April showers. Summer sale in China.",
        "Meeting on Monday, March 3 with the Platform team.",
        "We shipped Kafka Streams and Google Drive integrations.",
        "Agent note: 'Middle Last Agence IMA VOYAGES Paris Lyon Nice'",
        "Please contact Support or contact Sales.",
        "Ship to 742 Evergreen Dr Apt 4B before noon.",
        "Hi 😀, ich bin Student und suche Hilfe.",
        "お客様と皆様へのお知らせです。",
        "고객님 감사합니다."
    })
    void ignoresCapitalisedWordsWithoutNameContext(String text) {
        assertThat(Detections.texts(detector, text)).isEmpty();
    }

    @Test
    void ambiguousNameNeedsMoreThanWeakContext() {
        assertThat(Detections.texts(detector, "Please contact Grace period support.")).isEmpty();
        assertThat(Detections.texts(detector, "I am Will be there.")).isEmpty();
        assertThat(Detections.texts(detector, "Ask for Mark Jones at reception.")).containsExactly("Mark Jones");
    }

    @Test
    void configuredNamesMatchWholeWordsOnly() {
        PersonDetector configured = new PersonDetector(List.of("Ken"));
        String text = "Ken restarted the backend token service; the Kenya region was unaffected.";

        assertThat(Detections.texts(configured, text)).containsExactly("Ken");
    }

    @Test
    void nameListsComeFromDatafaker() {
        NameDictionary names = NameDictionary.shared();
        int[] sizes = names.sizes();

        assertThat(sizes[0]).as("first names").isGreaterThan(10_000);
        assertThat(sizes[1]).as("last names").isGreaterThan(10_000);
        assertThat(sizes[2]).as("CJK surnames").isGreaterThan(500);
        assertThat(names.isFirstName("Priya")).isTrue();
        assertThat(names.isFirstName("dani")).isTrue();
        assertThat(names.isLastName("Kessler")).isTrue();
        assertThat(names.isFirstName("Customer")).isFalse();
        assertThat(names.isCjkSurname("田中")).isTrue();
        assertThat(names.isCjkSurname("김")).isTrue();
    }

    @Test
    void staysLinearOnLongTitleCaseRuns() {
        String titleCase = "Middle Last Agence Paris Lyon Nice Marseille Bordeaux ".repeat(20_000);
        String greetings = "Hi Anna Maria Lena Sophie Marie ".repeat(20_000);

        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> Detections.texts(detector, titleCase))).isEmpty();
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> Detections.texts(detector, greetings)))
                .hasSize(20_000);
    }
}
