package dev.sluice.keys;

import java.security.GeneralSecurityException;
import java.util.Locale;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;

/**
 * Turns a loaded keyset into the primitive of its purpose, with an error that names the keyset when it contains keys of
 * another kind, such as an AES-GCM keyset given where a pseudonym key is expected.
 */
public final class Primitives {

    private Primitives() {
    }

    public static Mac pseudonymMac(KeysetHandle keyset, KeysetReference source) {
        return primitive(keyset, Mac.class, source, KeyPurpose.PSEUDONYM);
    }

    public static DeterministicAead deterministicAead(KeysetHandle keyset, KeysetReference source) {
        return primitive(keyset, DeterministicAead.class, source, KeyPurpose.DETERMINISTIC_ENCRYPTION);
    }

    public static Aead sealingAead(KeysetHandle keyset, KeysetReference source) {
        return primitive(keyset, Aead.class, source, KeyPurpose.QUARANTINE_SEAL);
    }

    private static <P> P primitive(KeysetHandle keyset, Class<P> type, KeysetReference source, KeyPurpose purpose) {
        TinkSetup.register();
        try {
            return keyset.getPrimitive(RegistryConfiguration.get(), type);
        } catch (GeneralSecurityException | RuntimeException e) {
            String name = purpose.name().toLowerCase(Locale.ROOT);
            throw new KeyLoadException("keyset " + source + " contains no " + type.getSimpleName() + " keys; it must "
                    + "be a " + name + " keyset (sluice keys generate --purpose " + name + ")");
        }
    }
}
