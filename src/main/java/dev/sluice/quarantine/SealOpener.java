package dev.sluice.quarantine;

import dev.sluice.avro.Lineage;
import dev.sluice.quarantine.QuarantineReviewException.Cause;
import dev.sluice.quarantine.QuarantineSeal.Part;

/**
 * Opens one sealed part of a quarantined record. When it does not open, the error names the cause: a key outside the
 * reviewer keyset, a lineage other than the one it was sealed with, or bytes that are no Tink ciphertext.
 */
final class SealOpener {

    /** First byte of a ciphertext whose key has Tink's TINK output prefix, followed by the 4-byte key id. */
    private static final byte TINK_PREFIX = 0x01;
    private static final int PREFIX_LENGTH = 5;

    /** AES-GCM in Tink adds a 12-byte IV and a 16-byte tag, so a ciphertext is at least this long. */
    private static final int MIN_CIPHERTEXT_LENGTH = PREFIX_LENGTH + 12 + 16;

    private final ReviewerKeyset keyset;

    SealOpener(ReviewerKeyset keyset) {
        this.keyset = keyset;
    }

    /**
     * Returns the original bytes of {@code sealed}.
     *
     * @throws QuarantineReviewException with cause WRONG_KEYSET, LINEAGE_MISMATCH or CORRUPT_SEAL
     */
    byte[] open(byte[] sealed, Part part, Lineage lineage) {
        String name = part.name().toLowerCase(java.util.Locale.ROOT);
        if (sealed.length < MIN_CIPHERTEXT_LENGTH) {
            throw new QuarantineReviewException(Cause.CORRUPT_SEAL, "the sealed original " + name + " has "
                    + sealed.length + " bytes, fewer than the " + MIN_CIPHERTEXT_LENGTH + " of any AES-GCM ciphertext; "
                    + "the quarantine record is corrupt");
        }
        if (!keyset.hasUnprefixedKeys()) {
            checkKeyId(sealed, name);
        }

        try {
            return keyset.seal().open(sealed, part, lineage.getSourceTopic(), lineage.getPartition(),
                    lineage.getOffset());
        } catch (IllegalArgumentException e) {
            throw new QuarantineReviewException(Cause.LINEAGE_MISMATCH, "the sealed original " + name + " does not "
                    + "open with the lineage of this record (" + describe(lineage) + ") although keyset "
                    + keyset.reference() + " contains its key: the lineage was changed or the record was copied from "
                    + "another quarantine record, or the sealed bytes are corrupt", e);
        }
    }

    private void checkKeyId(byte[] sealed, String name) {
        if (sealed[0] != TINK_PREFIX) {
            throw new QuarantineReviewException(Cause.CORRUPT_SEAL, "the sealed original " + name + " does not start "
                    + "with a Tink key id prefix; the quarantine record is corrupt or was not sealed by Sluice");
        }
        int keyId = ((sealed[1] & 0xff) << 24) | ((sealed[2] & 0xff) << 16) | ((sealed[3] & 0xff) << 8)
                | (sealed[4] & 0xff);
        if (!keyset.containsKeyId(keyId)) {
            throw new QuarantineReviewException(Cause.WRONG_KEYSET, "the original " + name + " was sealed with key id "
                    + Integer.toUnsignedString(keyId) + ", which keyset " + keyset.reference() + " does not contain: "
                    + "use the reviewers' keyset that Sluice ran with, including keys rotated out of use");
        }
    }

    static String describe(Lineage lineage) {
        return "topic " + lineage.getSourceTopic() + ", partition " + lineage.getPartition() + ", offset "
                + lineage.getOffset();
    }
}
