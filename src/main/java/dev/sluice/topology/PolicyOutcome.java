package dev.sluice.topology;

import java.util.List;
import java.util.Optional;

import dev.sluice.avro.AuditEvent;
import dev.sluice.avro.QuarantineRecord;

/**
 * Result of the vendor policies for one decoded input record: the records for the vendors that get it, the
 * quarantine record if any vendor's policy held it back, and its audit event.
 */
record PolicyOutcome(List<VendorDelivery> deliveries, Optional<QuarantineRecord> quarantine, AuditEvent audit) {

    PolicyOutcome {
        deliveries = List.copyOf(deliveries);
    }

    /** Returns the record for {@code vendor}, if it gets one. */
    Optional<VendorDelivery> deliveryFor(String vendor) {
        return deliveries.stream().filter(delivery -> delivery.vendor().equals(vendor)).findFirst();
    }
}
