package dev.sluice.redaction.vendor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.Mac;

import dev.sluice.keys.KeyLoadException;
import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.Primitives;
import dev.sluice.policy.vendor.OperatorKind;
import dev.sluice.policy.vendor.OperatorSpec;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.redaction.operator.DeterministicEncryptionOperator;
import dev.sluice.redaction.operator.KeyedHashOperator;
import dev.sluice.redaction.operator.Operator;
import dev.sluice.redaction.operator.PartialMaskOperator;
import dev.sluice.redaction.operator.RedactOperator;
import dev.sluice.redaction.operator.ReplaceOperator;
import dev.sluice.redaction.operator.SurrogateOperator;

/**
 * The operators of one vendor, built once from its keys. Keyed operators exist only when the vendor's policy named
 * the keyset they need; the policy loader has already checked that it did.
 */
public final class VendorOperators {

    private final Map<OperatorKind, Operator> fixed = new EnumMap<>(OperatorKind.class);
    private final KeyedHashOperator hash;
    private final DeterministicEncryptionOperator encryption;

    public VendorOperators(Optional<Mac> pseudonymMac, Optional<DeterministicAead> encryptionAead) {
        fixed.put(OperatorKind.REPLACE, new ReplaceOperator());
        fixed.put(OperatorKind.REDACT, new RedactOperator());
        this.hash = pseudonymMac.map(KeyedHashOperator::new).orElse(null);
        this.encryption = encryptionAead.map(DeterministicEncryptionOperator::new).orElse(null);
        pseudonymMac.ifPresent(mac -> fixed.put(OperatorKind.SURROGATE, new SurrogateOperator(mac)));
        if (hash != null) {
            fixed.put(OperatorKind.HASH, hash);
        }
        if (encryption != null) {
            fixed.put(OperatorKind.ENCRYPT, encryption);
        }
    }

    /**
     * Loads the keysets {@code policy} names and builds its operators.
     *
     * @param policyDirectory directory that relative keyset files are resolved against
     * @param environment     the process environment, for {@code env:} keysets
     * @throws dev.sluice.keys.KeyLoadException if a keyset is missing, invalid or of the wrong kind
     */
    public static VendorOperators load(VendorPolicy policy, Path policyDirectory, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        Optional<Mac> mac = Optional.empty();
        Optional<DeterministicAead> aead = Optional.empty();
        try {
            mac = policy.pseudonymKeyset().map(reference -> Primitives.pseudonymMac(
                    reference.load(policyDirectory, environment, KeyPurpose.PSEUDONYM), reference));
        } catch (KeyLoadException e) {
            problems.add(e.getMessage());
        }
        try {
            aead = policy.encryptionKeyset().map(reference -> Primitives.deterministicAead(
                    reference.load(policyDirectory, environment, KeyPurpose.DETERMINISTIC_ENCRYPTION), reference));
        } catch (KeyLoadException e) {
            problems.add(e.getMessage());
        }

        // Both keysets are reported at once, so that one run names every file to create.
        if (!problems.isEmpty()) {
            throw new KeyLoadException(String.join("; ", problems));
        }
        return new VendorOperators(mac, aead);
    }

    /** Returns the operator for {@code spec}. */
    public Operator operator(OperatorSpec spec) {
        if (spec.kind() == OperatorKind.PARTIAL_MASK) {
            return new PartialMaskOperator(spec.keepFirst(), spec.keepLast(), '*');
        }
        Operator operator = fixed.get(spec.kind());
        if (operator == null) {
            throw new IllegalStateException("operator " + spec.kind() + " needs a keyset the policy does not name");
        }
        return operator;
    }

    /** Returns the keyed pseudonym operator, for hashed fields and derived record keys. */
    public KeyedHashOperator hash() {
        if (hash == null) {
            throw new IllegalStateException("hashing needs the vendor's pseudonym keyset");
        }
        return hash;
    }

    /** Returns the AES-SIV operator, for tokenized fields. */
    public DeterministicEncryptionOperator encryption() {
        if (encryption == null) {
            throw new IllegalStateException("tokenizing needs the vendor's encryption keyset");
        }
        return encryption;
    }
}
