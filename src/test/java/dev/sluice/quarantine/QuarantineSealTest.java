package dev.sluice.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;
import dev.sluice.quarantine.QuarantineSeal.Part;

class QuarantineSealTest {

    private static final byte[] ORIGINAL = "mail ana.silva@example.com".getBytes(StandardCharsets.UTF_8);

    private final QuarantineSeal reviewers = seal();

    @Test
    void sealedValueOpensWithTheSameLineage() {
        byte[] sealed = reviewers.seal(ORIGINAL, Part.VALUE, "annotations.raw", 3, 1207L);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("ana.silva");
        assertThat(reviewers.open(sealed, Part.VALUE, "annotations.raw", 3, 1207L)).isEqualTo(ORIGINAL);
    }

    @Test
    void otherLineagePartOrKeyCannotOpen() {
        byte[] sealed = reviewers.seal(ORIGINAL, Part.VALUE, "annotations.raw", 3, 1207L);

        assertThatThrownBy(() -> reviewers.open(sealed, Part.VALUE, "annotations.raw", 3, 1208L))
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> reviewers.open(sealed, Part.KEY, "annotations.raw", 3, 1207L))
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> seal().open(sealed, Part.VALUE, "annotations.raw", 3, 1207L))
                .hasMessageContaining("wrong reviewer key");
    }

    @Test
    void sealingIsRandomized() {
        assertThat(reviewers.seal(ORIGINAL, Part.VALUE, "t", 0, 0L))
                .isNotEqualTo(reviewers.seal(ORIGINAL, Part.VALUE, "t", 0, 0L));
    }

    private static QuarantineSeal seal() {
        return new QuarantineSeal(Primitives.sealingAead(KeyPurpose.QUARANTINE_SEAL.generate(),
                new KeysetReference("env:TEST")));
    }
}
