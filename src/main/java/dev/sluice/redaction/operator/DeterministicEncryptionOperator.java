package dev.sluice.redaction.operator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.DeterministicAead;

/**
 * Replaces a value with its AES-SIV encryption under the vendor's key, {@code <EMAIL_ADDRESS!AQx3...>} (base64url
 * without padding), so that the lab's internal systems can recover it with the key while the vendor cannot. The
 * entity type is the associated data, so a token cannot be passed off as another type. The same value always gives
 * the same token under the same key. The ciphertext carries Tink's key id, so tokens made before a key rotation still
 * decrypt while the old key stays in the keyset.
 */
public final class DeterministicEncryptionOperator implements Operator {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final DeterministicAead aead;

    public DeterministicEncryptionOperator(DeterministicAead aead) {
        this.aead = aead;
    }

    @Override
    public String apply(String value, String entityType, RecordScope record) {
        try {
            byte[] ciphertext = aead.encryptDeterministically(value.getBytes(StandardCharsets.UTF_8),
                    entityType.getBytes(StandardCharsets.UTF_8));
            return "<" + entityType + "!" + ENCODER.encodeToString(ciphertext) + ">";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-SIV encryption failed for an entity of type " + entityType, e);
        }
    }

    /**
     * Returns the original value of a token this operator made with the same keyset.
     *
     * @throws IllegalArgumentException if {@code token} is not such a token or does not decrypt under the keyset
     */
    public String decrypt(String token) {
        int bang = token.indexOf('!');
        if (!token.startsWith("<") || !token.endsWith(">") || bang < 2) {
            throw new IllegalArgumentException("not an encryption token: expected <TYPE!base64url>");
        }
        String entityType = token.substring(1, bang);
        try {
            byte[] ciphertext = DECODER.decode(token.substring(bang + 1, token.length() - 1));
            byte[] plaintext = aead.decryptDeterministically(ciphertext, entityType.getBytes(StandardCharsets.UTF_8));
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("token does not decrypt under this keyset (wrong key, type or a "
                    + "damaged token)", e);
        }
    }
}
