package dev.sluice.keys;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.mac.PredefinedMacParameters;

/**
 * The three kinds of keyset Sluice uses, each with the Tink parameters that {@code sluice keys generate} writes.
 */
public enum KeyPurpose {

    /** Keyed pseudonyms and surrogates: HMAC-SHA-256, one keyset per vendor. */
    PSEUDONYM(PredefinedMacParameters.HMAC_SHA256_256BITTAG),

    /** Deterministic encryption that internal systems can reverse: AES-SIV, one keyset per vendor. */
    DETERMINISTIC_ENCRYPTION(PredefinedDeterministicAeadParameters.AES256_SIV),

    /** Sealing quarantined originals for reviewers: AES-256-GCM. */
    QUARANTINE_SEAL(PredefinedAeadParameters.AES256_GCM);

    private final Parameters parameters;

    KeyPurpose(Parameters parameters) {
        this.parameters = parameters;
    }

    /** Generates a new keyset with one primary key for this purpose. */
    public KeysetHandle generate() {
        TinkSetup.register();
        try {
            return KeysetHandle.generateNew(parameters);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot generate a " + this + " key", e);
        }
    }
}
