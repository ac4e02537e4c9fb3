package dev.sluice.redaction.operator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import com.google.crypto.tink.Mac;

/**
 * Replaces a value with a keyed pseudonym, {@code <EMAIL_ADDRESS#0f3a9c2e1b7d4a6c8e01>}: the first
 * {@value #PSEUDONYM_BYTES} bytes of HMAC-SHA-256 over the entity type and the {@link CanonicalValue canonical
 * value}, under the vendor's key. The same value gets the same pseudonym in every record of that vendor, so
 * annotators can tell that two records mention the same person. Each vendor has its own key, so pseudonyms differ
 * between vendors: a leaked vendor file can be traced to the vendor that received it, and two vendors cannot join
 * their files on pseudonyms. Without the key, the value cannot be recovered or confirmed by guessing.
 *
 * <p>The Tink MAC output starts with a five-byte prefix (a version byte and the key id); the pseudonym skips it, so
 * it depends only on the key and the value. After a key rotation the pseudonyms change.
 */
public final class KeyedHashOperator implements Operator {

    static final int PSEUDONYM_BYTES = 10;
    private static final int TINK_PREFIX_BYTES = 5;

    private final Mac mac;

    public KeyedHashOperator(Mac mac) {
        this.mac = mac;
    }

    @Override
    public String apply(String value, String entityType, RecordScope record) {
        return "<" + entityType + "#" + HexFormat.of().formatHex(digest(mac, entityType, value), 0, PSEUDONYM_BYTES)
                + ">";
    }

    /** Returns the HMAC tag, without Tink's key prefix, of the entity type and the canonical value. */
    static byte[] digest(Mac mac, String entityType, String value) {
        byte[] input = (entityType + '\u0000' + CanonicalValue.of(value)).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] tag = mac.computeMac(input);
            byte[] digest = new byte[tag.length - TINK_PREFIX_BYTES];
            System.arraycopy(tag, TINK_PREFIX_BYTES, digest, 0, digest.length);
            return digest;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed for an entity of type " + entityType, e);
        }
    }
}
