package dev.sluice.metrics;

import java.util.Locale;

/**
 * Destination of an input record. A record routed to several vendors counts once per vendor.
 */
public enum Outcome {
    VENDOR,
    /** A vendor's policy held the record back from that vendor; counted once per vendor. */
    HELD,
    QUARANTINE,
    DEAD_LETTER,
    UNROUTED;

    public String tagValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
