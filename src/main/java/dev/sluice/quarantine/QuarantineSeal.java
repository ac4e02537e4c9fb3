package dev.sluice.quarantine;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;

/**
 * Seals the original key and value of a quarantined record with the reviewers' AES-256-GCM keyset, so the
 * quarantine topic contains no readable personal data while reasons and lineage stay in clear. The associated data binds
 * each ciphertext to its lineage (source topic, partition, offset) and to its role (key or value), so a sealed value
 * cannot be passed off as another record's or as a key. Tink prefixes each ciphertext with the key id, so records
 * sealed before a key rotation still open while the old key stays in the keyset.
 */
public final class QuarantineSeal {

    /** The {@code original_encoding} of sealed records. */
    public static final String ENCODING = "tink-aes-gcm-v1+confluent-avro";

    /** The {@code original_encoding} of records written without a reviewer keyset: the original is left out. */
    public static final String OMITTED = "omitted";

    private final Aead aead;

    public QuarantineSeal(Aead aead) {
        this.aead = aead;
    }

    /** Returns {@code original} sealed for the record at {@code topic}, {@code partition}, {@code offset}. */
    public byte[] seal(byte[] original, Part part, String topic, int partition, long offset) {
        try {
            return aead.encrypt(original, associatedData(part, topic, partition, offset));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing the quarantined " + part + " failed", e);
        }
    }

    /**
     * Returns the original bytes of a sealed part.
     *
     * @throws IllegalArgumentException if the keyset cannot open it or the lineage does not match
     */
    public byte[] open(byte[] sealed, Part part, String topic, int partition, long offset) {
        try {
            return aead.decrypt(sealed, associatedData(part, topic, partition, offset));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the quarantined " + part + " does not open with this keyset and "
                    + "lineage (wrong reviewer key, or the record was copied from another offset)", e);
        }
    }

    private static byte[] associatedData(Part part, String topic, int partition, long offset) {
        return ("sluice-quarantine-v1\u0000" + part + "\u0000" + topic + "\u0000" + partition + "\u0000" + offset)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Part of the original record that a ciphertext contains. */
    public enum Part {
        KEY,
        VALUE
    }
}
