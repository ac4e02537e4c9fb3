package dev.sluice.quarantine;

/**
 * State of the original key and value of a quarantined record after a review.
 */
public enum OriginalState {

    /** Sealed, and opened with the reviewer keyset. */
    OPENED("opened with the reviewer keyset"),

    /** Sealed, and not opened because no reviewer keyset was given. */
    SEALED("sealed; give a reviewer keyset with --keyset to open it"),

    /** Left out because Sluice ran without a reviewer keyset. */
    OMITTED("not kept: Sluice ran with sluice.quarantine.keyset=none"),

    /** Stored in clear by a Sluice version that did not seal originals. */
    CLEAR("stored in clear, not sealed (written before sealing)");

    private final String description;

    OriginalState(String description) {
        this.description = description;
    }

    /** Returns one line for people that explains the state. */
    public String description() {
        return description;
    }
}
