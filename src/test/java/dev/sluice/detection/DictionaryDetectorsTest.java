package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryDetectorsTest {

    private final ConfidentialityLabelDetector labels = new ConfidentialityLabelDetector(List.of("ACME CONFIDENTIAL"));
    private final CodenameDetector codenames = new CodenameDetector(List.of("Kestrel", "Ken", "Blue Fin"));

    @Test
    void labelFindsBuiltInLabels() {
        String text = "STRICTLY CONFIDENTIAL draft. DO NOT DISTRIBUTE. ATTORNEY-CLIENT PRIVILEGED";

        assertThat(Detections.texts(labels, text))
                .containsExactly("STRICTLY CONFIDENTIAL", "DO NOT DISTRIBUTE", "ATTORNEY-CLIENT PRIVILEGED");
    }

    @Test
    void labelJoinsCombinedLabel() {
        assertThat(Detections.texts(labels, "ACME CONFIDENTIAL – INTERNAL ONLY. Re: plan"))
                .containsExactly("ACME CONFIDENTIAL – INTERNAL ONLY");
    }

    @Test
    void labelIgnoresLowerCaseProse() {
        assertThat(Detections.of(labels, "please keep this confidential, it is internal only")).isEmpty();
    }

    @Test
    void labelIgnoresLabelInsideWord() {
        assertThat(Detections.of(labels, "NONCONFIDENTIAL and CONFIDENTIALITY and RESTRICTED_MODE")).isEmpty();
    }

    @Test
    void codenameFindsWordNextToPunctuation() {
        String text = "Re: Kestrel. The timeline for (Kestrel) slipped; see Kestrel's log and KESTREL-2.";

        assertThat(Detections.texts(codenames, text)).containsExactly("Kestrel", "Kestrel", "Kestrel", "KESTREL");
    }

    @Test
    void codenameIgnoresWordParts() {
        assertThat(Detections.texts(codenames, "Ken restarted the backend token service in Kenya; kenKen"))
                .containsExactly("Ken");
    }

    @Test
    void codenameFindsMultiWordName() {
        assertThat(Detections.texts(codenames, "project blue fin launches")).containsExactly("blue fin");
    }

    @Test
    void codenameWithoutConfiguredNamesFindsNothing() {
        assertThat(Detections.of(new CodenameDetector(List.of()), "Kestrel")).isEmpty();
    }

    @Test
    void codenameFindsLatinNameTouchingOtherScripts() {
        CodenameDetector tamarind = new CodenameDetector(List.of("Tamarind"));
        String text = "評価基準（Tamarindチーム用） Tamarindの件 Tamarind팀 مشروعTamarind 项目Tamarind计划";

        assertThat(Detections.texts(tamarind, text))
                .containsExactly("Tamarind", "Tamarind", "Tamarind", "Tamarind", "Tamarind");
    }

    @Test
    void codenameIgnoresSameScriptNeighbours() {
        CodenameDetector tamarind = new CodenameDetector(List.of("Tamarind", "Ken"));

        assertThat(Detections.of(tamarind, "hotel in Tamarindo, Tamarindé, xTamarind, Kenya, token, backend"))
                .isEmpty();
    }

    @Test
    void codenameIgnoresDigitNeighbours() {
        assertThat(Detections.of(codenames, "Ken2 and 2Ken and Kestrel42 and Ken_v2")).isEmpty();
    }

    @Test
    void codenameOfOtherScriptNeedsItsOwnBoundary() {
        CodenameDetector han = new CodenameDetector(List.of("青鸟"));

        assertThat(Detections.texts(han, "青鸟计划 and 青鸟Team and (青鸟)")).containsExactly("青鸟", "青鸟");
    }

    @Test
    void codenameEndingInDigitTouchingKana() {
        CodenameDetector kestrel2 = new CodenameDetector(List.of("Kestrel2"));

        assertThat(Detections.texts(kestrel2, "Kestrel2チーム and Kestrel2x")).containsExactly("Kestrel2");
    }

    @Test
    void labelFindsLabelTouchingOtherScripts() {
        assertThat(Detections.texts(labels, "【社外秘】CONFIDENTIAL資料、INTERNAL ONLYです"))
                .containsExactly("社外秘", "CONFIDENTIAL", "INTERNAL ONLY");
    }

    @Test
    void labelIgnoresWordPartsNearCjk() {
        assertThat(Detections.of(labels, "資料CONFIDENTIALITY、NONCONFIDENTIAL資料")).isEmpty();
    }

    @Test
    void codenameOffsetsSurviveEmoji() {
        String text = "😀🙏 (Kestrel)";

        assertThat(Detections.texts(codenames, text)).containsExactly("Kestrel");
    }

    @Test
    void labelFindsNonEnglishLabels() {
        String text = "CONFIDENTIEL — grille. STRENG VERTRAULICH: Entwurf. NUR FÜR DEN INTERNEN GEBRAUCH. "
                + "CONFIDENCIAL: rúbrica. STRICTEMENT CONFIDENTIEL";

        assertThat(Detections.texts(labels, text)).containsExactly("CONFIDENTIEL", "STRENG VERTRAULICH",
                "NUR FÜR DEN INTERNEN GEBRAUCH", "CONFIDENCIAL", "STRICTEMENT CONFIDENTIEL");
    }

    @Test
    void labelIgnoresNonEnglishProse() {
        String text = "Bitte vertraulich behandeln. C'est confidentiel. Es confidencial. Informação confidencial.";

        assertThat(Detections.of(labels, text)).isEmpty();
    }

    @Test
    void labelFindsMarkingOnlyWordsAsMarkings() {
        String text = "【機密】評価基準\n極秘: 計画\nगोपनीय — प्रोजेक्ट की रूब्रिक\n[गोपनीय]";

        assertThat(Detections.texts(labels, text)).containsExactly("機密", "極秘", "गोपनीय", "गोपनीय");
    }

    @Test
    void labelIgnoresMarkingOnlyWordsInProse() {
        String text = "この資料は機密です。機密性を保つこと。極秘の計画。機密情報\nयह जानकारी गोपनीय है।\n機密です";

        assertThat(Detections.of(labels, text)).isEmpty();
    }

    @Test
    void labelFindsCompanyInternalMarkInSentence() {
        assertThat(Detections.texts(labels, "この資料は社外秘です")).containsExactly("社外秘");
    }
}
