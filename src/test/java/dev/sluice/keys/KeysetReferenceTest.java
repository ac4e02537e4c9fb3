package dev.sluice.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysetReferenceTest {

    @TempDir
    Path dir;

    @Test
    void fileKeysetLoadsRelativeToBaseDirectory() throws Exception {
        KeysetHandle generated = KeyPurpose.PSEUDONYM.generate();
        Files.writeString(dir.resolve("atlas.json"), json(generated));

        KeysetHandle loaded = new KeysetReference("file:atlas.json").load(dir, Map.of(), KeyPurpose.PSEUDONYM);

        assertThat(loaded.getPrimary().getId()).isEqualTo(generated.getPrimary().getId());
    }

    @Test
    void environmentKeysetLoads() throws Exception {
        KeysetHandle generated = KeyPurpose.QUARANTINE_SEAL.generate();

        KeysetHandle loaded = new KeysetReference("env:SEAL_KEYS").load(dir, Map.of("SEAL_KEYS", json(generated)), KeyPurpose.QUARANTINE_SEAL);

        assertThat(Primitives.sealingAead(loaded, new KeysetReference("env:SEAL_KEYS"))).isNotNull();
    }

    @Test
    void missingFileNamesPathAndFix() {
        assertThatThrownBy(() -> new KeysetReference("file:absent.json").load(dir, Map.of(), KeyPurpose.PSEUDONYM))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("absent.json not found")
                .hasMessageContaining("sluice keys generate --purpose pseudonym --out " + dir.resolve("absent.json"));
    }

    @Test
    void unsetVariableIsReported() {
        assertThatThrownBy(() -> new KeysetReference("env:NOPE").load(dir, Map.of(), KeyPurpose.PSEUDONYM))
                .hasMessageContaining("environment variable NOPE is not set");
    }

    @Test
    void invalidJsonIsReportedWithoutContent() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"key\": \"c2VjcmV0LXZhbHVl\"}");

        assertThatThrownBy(() -> new KeysetReference("file:bad.json").load(dir, Map.of(), KeyPurpose.PSEUDONYM))
                .hasMessageContaining("is not a valid Tink JSON keyset")
                .hasMessageNotContaining("c2VjcmV0LXZhbHVl");
    }

    @Test
    void keysetOfWrongKindIsRejected() {
        KeysetHandle sealing = KeyPurpose.QUARANTINE_SEAL.generate();

        assertThatThrownBy(() -> Primitives.pseudonymMac(sealing, new KeysetReference("file:seal.json")))
                .hasMessageContaining("contains no Mac keys")
                .hasMessageContaining("--purpose pseudonym");
    }

    @Test
    void malformedReferenceIsRejected() {
        assertThatThrownBy(() -> new KeysetReference("keys/atlas.json"))
                .hasMessageContaining("use file:PATH")
                .hasMessageContaining("env:NAME");
    }

    private static String json(KeysetHandle keyset) throws Exception {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    }
}
