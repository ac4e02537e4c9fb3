package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the French NIR detector, on numbers with computed mod-97 keys. */
class FrNirDetectorTest {

    private final FrNirDetector nir = new FrNirDetector();

    @Test
    void findsGroupedNumberWithoutContext() {
        assertThat(Detections.of(nir, "carte 1 84 12 76 451 089 46 jointe")).containsExactly("FR_NIR:1 84 12 76 451 089 46");
    }

    @Test
    void findsBareNumberAfterContextWord() {
        assertThat(Detections.of(nir, "numéro de sécurité sociale 290057512345669."))
                .containsExactly("FR_NIR:290057512345669");
        assertThat(Detections.texts(nir, "NIR: 269019912301749")).containsExactly("269019912301749");
    }

    @Test
    void readsCorsicanDepartement() {
        assertThat(Detections.texts(nir, "NIR 1 84 12 2A 451 089 33")).containsExactly("1 84 12 2A 451 089 33");
    }

    @Test
    void bareNumberNeedsContextWord() {
        assertThat(Detections.of(nir, "IMEI 290057512345669")).isEmpty();
    }

    @Test
    void rejectsWrongKeyAndInvalidMonth() {
        // Month 13 with the key computed for it is still rejected.
        assertThat(Detections.of(nir, "1 84 12 76 451 089 47, NIR 290057512345668")).isEmpty();
        assertThat(Detections.of(nir, "1 84 13 76 451 089 " + (97 - 1841376451089L % 97))).isEmpty();
    }

    @Test
    void rejectsMixedSpacingAndLongerNumbers() {
        assertThat(Detections.of(nir, "1 84 1276 451 089 46, NIR 1841276451089461, 9 1 84 12 76 451 089 46"))
                .isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("NIR")) {
            assertThat(Detections.of(nir, text)).as(text).isEmpty();
        }
    }
}
