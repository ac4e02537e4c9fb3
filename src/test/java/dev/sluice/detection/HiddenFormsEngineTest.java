package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine on PII hidden by Unicode forms that the matching form folds ({@link NormalizedText}): each finding
 * must cover exactly the original chars of the value.
 */
class HiddenFormsEngineTest {

    private static final long SEED = 0x5_1ce_0b0bL;
    private static final int RANDOM_STRINGS = 2000;
    private static final int MAX_PIECES = 10;
    private static final String PLANTED_EMAIL = "lena@example.com";
    private static final int MATHEMATICAL_BOLD_SMALL_A = 0x1D41A;

    private static final String[] NOISE = {
        "note", "Ref", "42", " ", ".", "-", "\u200B", "\u00AD", "\u2060", "\uFEFF", "\u200D", "\uFE0F", "\u00A0",
        "\u202F", "\u2013", "\u2014", "\uFB01", "\u2460", "\u0661\u0662", "\u0967", "\uD835\uDC1A", "\uD83D\uDE00",
        "\uD83D", "\uDE00", "e\u0301", "\u0301", "\u0430", "\u03BF", "\u041F\u0440\u0438\u0432\u0435\u0442",
        "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u6771\u4EAC", "\uFF21\uFF11", "\u0664\u0661",
        "4111", "\uFF20", "@", "x.example",
    };

    private final DetectionEngine engine = new DetectionEngine(new DetectionSettings(
            List.of("Firefly", "Apex"), List.of(), DetectionSettings.DEFAULT_PHONE_REGIONS));

    @Test
    void emailInMathematicalBoldIsFound() {
        String email = mathematicalBold("alice") + "@" + mathematicalBold("example") + "." + mathematicalBold("com");
        String text = "Contact " + email + " today";

        assertThat(spans(text, EntityTypes.EMAIL_ADDRESS)).containsExactly(email);
    }

    @Test
    void cardInArabicIndicDigitsIsFound() {
        String card = "\u0664\u0661\u0661\u0661\u200B\u0661\u0661\u0661\u0661\u200B"
                + "\u0661\u0661\u0661\u0661\u200B\u0661\u0661\u0661\u0661";
        String text = "card " + card + " exp 11/29";

        assertThat(spans(text, EntityTypes.CREDIT_CARD)).containsExactly(card);
    }

    @Test
    void cardWithSoftHyphensIsFound() {
        String card = "4111\u00AD1111\u00AD1111\u00AD1111";

        assertThat(spans("paid with " + card + ".", EntityTypes.CREDIT_CARD)).containsExactly(card);
    }

    @Test
    void phoneWithFancySeparatorsIsFound() {
        String phone = "+1\u00A0212\u2013555\u20130142";
        String text = "call " + phone + " tomorrow";

        assertThat(spans(text, EntityTypes.PHONE_NUMBER)).containsExactly(phone);
    }

    @Test
    void awsKeyIdWithCyrillicLetterIsFound() {
        String keyId = "\u0410KIAQ3EGRXLU7ZB2MN4P";
        String text = "aws_access_key_id = " + keyId;

        assertThat(spans(text, EntityTypes.AWS_ACCESS_KEY)).containsExactly(keyId);
    }

    @Test
    void emailWithGreekOmicronIsFound() {
        String email = "n\u03BFreply@ex\u0430mple.com";

        assertThat(spans("from " + email, EntityTypes.EMAIL_ADDRESS)).containsExactly(email);
    }

    @Test
    void codenameWithLigaturesIsFound() {
        String codename = "\uFB01re\uFB02y";

        assertThat(spans("the " + codename + " launch slipped", EntityTypes.CODENAME)).containsExactly(codename);
    }

    @Test
    void mixedScriptCodenameIsFound() {
        String codename = "Ape\u0445";

        assertThat(spans("status of " + codename + " is green", EntityTypes.CODENAME)).containsExactly(codename);
    }

    @Test
    void cyrillicWordIsNotFoldedIntoCodename() {
        String text = "\u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u043F\u043E \u043F\u0440\u043E\u0435\u043A\u0442\u0443"
                + " \u0410\u0440\u0435\u0445 \u0437\u0430\u0432\u0442\u0440\u0430.";

        assertThat(engine.scan(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Привет! Меня зовут Ольга, я работаю в отделе продаж. Встреча перенесена на четверг, около трёх часов.",
        "Καλημέρα σας, ο Νίκος θα έρθει αύριο στο γραφείο για τη συνάντηση του έργου.",
        "明日の会議は午後三時からです。資料は共有フォルダにあります。よろしくお願いします。",
        "اجتماع الفريق غدا في الساعة الثالثة، يرجى مراجعة المستندات قبل ذلك.",
        "נפגשים מחר בבוקר במשרד, אנא הביאו את המסמכים.",
    })
    void proseWithoutPiiHasNoFindings(String text) {
        assertThat(engine.scan(text)).isEmpty();
    }

    @Test
    void emailAfterLoneHighSurrogateIsFound() {
        String text = "\uD83D reach me at lena.fischer@example.com before Friday";

        assertThat(spans(text, EntityTypes.EMAIL_ADDRESS)).containsExactly("lena.fischer@example.com");
    }

    @Test
    void emailAfterSurrogateAndZeroWidthIsFound() {
        String text = "\uD83D\u200B reach me at lena.fischer@example.com\u00A0before Friday";

        assertThat(spans(text, EntityTypes.EMAIL_ADDRESS)).containsExactly("lena.fischer@example.com");
    }

    @Test
    void randomHiddenFormsGiveValidSpans() {
        Random random = new Random(SEED);
        for (int n = 0; n < RANDOM_STRINGS; n++) {
            String text = noise(random) + " " + PLANTED_EMAIL + " ok " + noise(random);
            List<Finding> findings = engine.scan(text);

            for (Finding finding : findings) {
                String where = finding.detectorId() + " in " + escaped(text);
                assertThat(finding.end()).as("end of %s", where).isLessThanOrEqualTo(text.length());
                assertThat(splitsPair(text, finding.start())).as("start splits a pair: %s", where).isFalse();
                assertThat(splitsPair(text, finding.end())).as("end splits a pair: %s", where).isFalse();
            }
            assertThat(findings).as("planted email in %s", escaped(text)).anySatisfy(finding -> {
                assertThat(finding.entityType()).isEqualTo(EntityTypes.EMAIL_ADDRESS);
                assertThat(text.substring(finding.start(), finding.end())).contains(PLANTED_EMAIL);
            });
        }
    }

    private List<String> spans(String text, String entityType) {
        return engine.scan(text).stream()
                .filter(finding -> finding.entityType().equals(entityType))
                .map(finding -> text.substring(finding.start(), finding.end()))
                .toList();
    }

    private static String mathematicalBold(String lowerCase) {
        StringBuilder bold = new StringBuilder();
        lowerCase.chars().forEach(c -> bold.appendCodePoint(MATHEMATICAL_BOLD_SMALL_A + c - 'a'));
        return bold.toString();
    }

    private static String noise(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(MAX_PIECES);
        for (int i = 0; i < pieces; i++) {
            text.append(NOISE[random.nextInt(NOISE.length)]);
        }
        return text.toString();
    }

    static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
