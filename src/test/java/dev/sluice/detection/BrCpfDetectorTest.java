package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the Brazilian CPF detector, on numbers with computed check digits. */
class BrCpfDetectorTest {

    private final BrCpfDetector cpf = new BrCpfDetector();

    @Test
    void findsDottedNumberWithoutContext() {
        assertThat(Detections.of(cpf, "cadastro 529.982.247-25 ok")).containsExactly("BR_CPF:529.982.247-25");
    }

    @Test
    void findsBareNumberAfterContextWord() {
        assertThat(Detections.of(cpf, "Meu CPF é 39053344705.")).containsExactly("BR_CPF:39053344705");
    }

    @Test
    void bareNumberNeedsContextWord() {
        assertThat(Detections.of(cpf, "pedido 39053344705 enviado")).isEmpty();
    }

    @Test
    void rejectsWrongCheckDigits() {
        assertThat(Detections.of(cpf, "529.982.247-24, 529.982.247-35, CPF 39053344715")).isEmpty();
    }

    @Test
    void rejectsRepeatedDigitsThatPassTheChecks() {
        assertThat(Detections.of(cpf, "111.111.111-11 and CPF 00000000000")).isEmpty();
    }

    @Test
    void rejectsPartialLayoutsAndLongerNumbers() {
        String text = "529982247-25, 529.982.24725, 1529.982.247-25, 529.982.247-251, CPF 390533447051";

        assertThat(Detections.of(cpf, text)).isEmpty();
    }

    @Test
    void ignoresFalsePositiveFamilies() {
        for (String text : FalsePositiveFamilies.after("CPF")) {
            assertThat(Detections.of(cpf, text)).as(text).isEmpty();
        }
    }
}
