package dev.sluice.quarantine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sluice.avro.QuarantineReason;
import dev.sluice.avro.QuarantineVerdict;
import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;
import dev.sluice.policy.vendor.QuarantinePolicy;
import dev.sluice.redaction.FieldFinding;
import dev.sluice.redaction.UnscannableField;
import dev.sluice.redaction.vendor.VendorRecord;

/**
 * Why one vendor's policy held a record back: the verdict and the reasons, by detector, entity type and field path,
 * with counts and never a matched value.
 *
 * @param vendor  the vendor that did not get the record
 * @param verdict the main reason
 * @param reasons every finding or failure that triggered the hold
 */
public record Hold(String vendor, QuarantineVerdict verdict, List<QuarantineReason> reasons) {

    /** Detector id used in reasons for fields that could not be scanned. */
    public static final String UNSCANNABLE_DETECTOR = "unscannable-field";

    /** Verdicts from the most to the least serious; a record held for several reasons reports the first. */
    private static final List<QuarantineVerdict> SEVERITY = List.of(QuarantineVerdict.SECRET,
            QuarantineVerdict.CONFIDENTIALITY_LABEL, QuarantineVerdict.DETECTION_FAILED,
            QuarantineVerdict.UNSCANNABLE_FIELD, QuarantineVerdict.ENTITY_TYPE, QuarantineVerdict.PROPRIETARY_MARKER,
            QuarantineVerdict.PERSONAL_DATA, QuarantineVerdict.TOO_MANY_FINDINGS, QuarantineVerdict.VENDOR_SCHEMA_REJECTED,
            QuarantineVerdict.OUTPUT_TOO_LARGE);

    public Hold {
        reasons = List.copyOf(reasons);
    }

    /** Returns the hold of a record that {@code policy}'s quarantine rules kept from {@code vendor}. */
    public static Hold of(String vendor, QuarantinePolicy policy, VendorRecord record) {
        Map<String, QuarantineReason> reasons = new LinkedHashMap<>();
        QuarantineVerdict verdict = null;
        for (UnscannableField field : record.unscannable()) {
            add(reasons, UNSCANNABLE_DETECTOR, "UNSCANNABLE", field.fieldPath());
            verdict = moreSerious(verdict, QuarantineVerdict.UNSCANNABLE_FIELD);
        }
        for (FieldFinding found : record.findings()) {
            Finding finding = found.finding();
            QuarantineVerdict because = ruleVerdict(policy, finding);
            if (because != null) {
                add(reasons, finding.detectorId(), finding.entityType(), found.fieldPath());
                verdict = moreSerious(verdict, because);
            }
        }
        if (verdict == null) {
            record.findings().forEach(found -> add(reasons, found.finding().detectorId(),
                    found.finding().entityType(), found.fieldPath()));
            verdict = QuarantineVerdict.TOO_MANY_FINDINGS;
        }
        return new Hold(vendor, verdict, new ArrayList<>(reasons.values()));
    }

    /** Returns the hold of a record that failed at {@code step} before its outcome for {@code vendor} was known. */
    public static Hold failed(String vendor, QuarantineVerdict verdict, String step) {
        return new Hold(vendor, verdict, List.of(new QuarantineReason(step, verdict.name(), "", 1)));
    }

    /** Returns the most serious verdict of {@code holds}. */
    public static QuarantineVerdict mostSerious(List<Hold> holds) {
        QuarantineVerdict verdict = null;
        for (Hold hold : holds) {
            verdict = moreSerious(verdict, hold.verdict());
        }
        if (verdict == null) {
            throw new IllegalArgumentException("the list of holds is empty; a quarantine record needs at least one");
        }
        return verdict;
    }

    private static QuarantineVerdict ruleVerdict(QuarantinePolicy policy, Finding finding) {
        FindingCategory category = finding.category();
        if (policy.categories().contains(category)) {
            return switch (category) {
                case SECRET -> QuarantineVerdict.SECRET;
                case CONFIDENTIALITY_LABEL -> QuarantineVerdict.CONFIDENTIALITY_LABEL;
                case PROPRIETARY_MARKER -> QuarantineVerdict.PROPRIETARY_MARKER;
                case PERSONAL_DATA -> QuarantineVerdict.PERSONAL_DATA;
            };
        }
        return policy.entityTypes().contains(finding.entityType()) ? QuarantineVerdict.ENTITY_TYPE : null;
    }

    private static QuarantineVerdict moreSerious(QuarantineVerdict current, QuarantineVerdict candidate) {
        if (current == null) {
            return candidate;
        }
        return SEVERITY.indexOf(candidate) < SEVERITY.indexOf(current) ? candidate : current;
    }

    /** Returns the key under which reasons of one detector, entity type and field path are counted together. */
    static String reasonKey(String detector, String entityType, String path) {
        return detector + '\u0000' + entityType + '\u0000' + path;
    }

    private static void add(Map<String, QuarantineReason> reasons, String detector, String entityType, String path) {
        String key = reasonKey(detector, entityType, path);
        QuarantineReason existing = reasons.get(key);
        if (existing == null) {
            reasons.put(key, new QuarantineReason(detector, entityType, path, 1));
        } else {
            existing.setCount(existing.getCount() + 1);
        }
    }
}
