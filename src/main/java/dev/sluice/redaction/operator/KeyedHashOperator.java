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
    /** Separates record-key tags from value pseudonyms, whose input starts with an entity type. */
    private static final byte[] RECORD_KEY_DOMAIN = "sluice-record-key\u0000".getBytes(StandardCharsets.UTF_8);

    private final Mac mac;

    public KeyedHashOperator(Mac mac) {
        this.mac = mac;
    }

    @Override
    public String apply(String value, String entityType, RecordScope record) {
        return "<" + entityType + "#" + HexFormat.of().formatHex(digest(mac, entityType, value), 0, PSEUDONYM_BYTES)
                + ">";
    }

    /**
     * Returns the vendor record key derived from an input key: the hex HMAC-SHA-256 tag of the key bytes, without
     * Tink's prefix. Equal input keys give equal vendor keys, so the vendor topic keeps the input's partitioning by
     * key, and the input key cannot be read back from it.
     */
    public byte[] recordKey(byte[] inputKey) {
        byte[] input = new byte[RECORD_KEY_DOMAIN.length + inputKey.length];
        System.arraycopy(RECORD_KEY_DOMAIN, 0, input, 0, RECORD_KEY_DOMAIN.length);
        System.arraycopy(inputKey, 0, input, RECORD_KEY_DOMAIN.length, inputKey.length);
        try {
            byte[] tag = mac.computeMac(input);
            return HexFormat.of().formatHex(tag, TINK_PREFIX_BYTES, tag.length).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed for a record key", e);
        }
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
