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
    void codenameOffsetsSurviveEmoji() {
        String text = "😀🙏 (Kestrel)";

        assertThat(Detections.texts(codenames, text)).containsExactly("Kestrel");
    }
}
