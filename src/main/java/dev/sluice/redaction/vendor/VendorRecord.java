package dev.sluice.redaction.vendor;

import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;

import dev.sluice.redaction.FieldFinding;
import dev.sluice.redaction.UnscannableField;

/**
 * One input record as one vendor may receive it, with what was found on the way.
 *
 * @param value       the projected, masked record, in the vendor's schema
 * @param headers     the input headers the vendor's policy forwards, with masked values, in input order
 * @param findings    findings that count for this vendor (at or above its thresholds), by field path
 * @param unscannable fields whose content could not be scanned
 * @param quarantined true when the vendor's quarantine rules hold the record back
 */
public record VendorRecord(GenericRecord value, List<Map.Entry<String, String>> headers, List<FieldFinding> findings,
        List<UnscannableField> unscannable, boolean quarantined) {

    public VendorRecord {
        headers = List.copyOf(headers);
        findings = List.copyOf(findings);
        unscannable = List.copyOf(unscannable);
    }
}
