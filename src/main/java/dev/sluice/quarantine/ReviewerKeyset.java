package dev.sluice.quarantine;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.google.crypto.tink.KeysetHandle;

import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;

/**
 * The reviewers' quarantine keyset, loaded for opening sealed originals: the seal itself plus the ids of its keys, so
 * that a ciphertext sealed with a key outside the keyset is distinguished from one whose lineage does not match.
 */
public final class ReviewerKeyset {

    private final QuarantineSeal seal;
    private final Set<Integer> keyIds;
    private final boolean hasUnprefixedKeys;
    private final KeysetReference reference;

    private ReviewerKeyset(QuarantineSeal seal, Set<Integer> keyIds, boolean hasUnprefixedKeys,
            KeysetReference reference) {
        this.seal = seal;
        this.keyIds = Set.copyOf(keyIds);
        this.hasUnprefixedKeys = hasUnprefixedKeys;
        this.reference = reference;
    }

    /**
     * Loads the keyset that {@code reference} names.
     *
     * @throws dev.sluice.keys.KeyLoadException if the keyset is missing, invalid or not an AES-GCM keyset
     */
    public static ReviewerKeyset load(KeysetReference reference, Path baseDirectory, Map<String, String> environment) {
        return of(reference.load(baseDirectory, environment, KeyPurpose.QUARANTINE_SEAL), reference);
    }

    /** Wraps an already loaded keyset; {@code reference} only names it in messages. */
    public static ReviewerKeyset of(KeysetHandle keyset, KeysetReference reference) {
        QuarantineSeal seal = new QuarantineSeal(Primitives.sealingAead(keyset, reference));
        Set<Integer> ids = new HashSet<>();
        boolean unprefixed = false;
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            ids.add(entry.getId());
            unprefixed |= entry.getKey().getIdRequirementOrNull() == null;
        }
        return new ReviewerKeyset(seal, ids, unprefixed, reference);
    }

    QuarantineSeal seal() {
        return seal;
    }

    /** Returns whether a key with Tink key id {@code keyId} is in this keyset. */
    boolean containsKeyId(int keyId) {
        return keyIds.contains(keyId);
    }

    /** Returns whether some key writes ciphertexts without the key id prefix, so a prefix proves nothing. */
    boolean hasUnprefixedKeys() {
        return hasUnprefixedKeys;
    }

    public KeysetReference reference() {
        return reference;
    }
}
