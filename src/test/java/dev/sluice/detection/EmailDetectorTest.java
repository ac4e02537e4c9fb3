package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    @Test
    void findsPlainAddress() {
        assertThat(Detections.of(detector, "write to ana.silva@example.com today"))
                .containsExactly("EMAIL_ADDRESS:ana.silva@example.com");
    }

    @Test
    void findsUnicodeLocalPartAndIdnDomain() {
        assertThat(Detections.texts(detector, "an zoë.müller@beispiel.example und やまだ@例え.テスト."))
                .containsExactly("zoë.müller@beispiel.example", "やまだ@例え.テスト");
    }

    @Test
    void keepsAdjacentAddressesSeparate() {
        assertThat(Detections.texts(detector, "a@example.com b@example.org"))
                .containsExactly("a@example.com", "b@example.org");
    }

    @Test
    void findsPlusTagAndSubdomain() {
        assertThat(Detections.texts(detector, "<ana+labels@mail.eu.example.net>"))
                .containsExactly("ana+labels@mail.eu.example.net");
    }

    @Test
    void excludesConfigKeyBeforeAddress() {
        assertThat(Detections.texts(detector, "x-user-email=ana.silva@example.com, 'a1@ex.test'"))
                .containsExactly("ana.silva@example.com", "a1@ex.test");
    }

    @Test
    void excludesSentenceFinalDot() {
        assertThat(Detections.texts(detector, "Mail: dani.k@beispiel.example."))
                .containsExactly("dani.k@beispiel.example");
    }

    @Test
    void ignoresWordAtBeforeNumber() {
        assertThat(Detections.of(detector, "I can be reached at 312.555.0187 (cell)")).isEmpty();
    }

    @Test
    void ignoresAddressWithoutTopLevelDomain() {
        assertThat(Detections.of(detector, "user@localhost and @mention and a@b.c1")).isEmpty();
    }

    @Test
    void ignoresTextWithoutAtSign() {
        assertThat(Detections.of(detector, "a.b_c%d+".repeat(100))).isEmpty();
    }

    @Test
    void offsetsSurviveEmojiBeforeAddress() {
        String text = "Hi 😀🙏 Mail: dani.k@beispiel.example";
        java.util.List<Finding> findings = new java.util.ArrayList<>();
        detector.detect(text, findings);

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).start()).isEqualTo(text.indexOf("dani.k"));
        assertThat(findings.get(0).end()).isEqualTo(text.length());
    }

    @Test
    void leavesOutJapaneseTextAroundAsciiAddress() {
        assertThat(Detections.texts(detector, "メールアドレスはm.weber@example.comです。"))
                .containsExactly("m.weber@example.com");
        assertThat(Detections.texts(detector, "連絡先：rahul_verma@lab.example.net宛てに送信"))
                .containsExactly("rahul_verma@lab.example.net");
    }

    @Test
    void leavesOutJapaneseTextAroundUnicodeAddress() {
        assertThat(Detections.texts(detector, "メールアドレスはmailto:zoë.müller@vendor.example.orgです。"))
                .containsExactly("zoë.müller@vendor.example.org");
        assertThat(Detections.texts(detector, "宛先はm.weber@münchen.example.comです"))
                .containsExactly("m.weber@münchen.example.com");
    }

    @Test
    void keepsJapaneseAddressWhole() {
        assertThat(Detections.texts(detector, "宛先 やまだ@例え.テスト です"))
                .containsExactly("やまだ@例え.テスト");
        assertThat(Detections.texts(detector, "宛先 やまだ@example.com です"))
                .containsExactly("やまだ@example.com");
    }

    @Test
    void ignoresOneLetterTopLevelLabelBeforeKana() {
        assertThat(Detections.of(detector, "宛先はa@b.cです")).isEmpty();
    }
}
