package dev.sluice.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sluice.avro.QuarantineReason;
import dev.sluice.avro.QuarantineVerdict;
import dev.sluice.detection.FindingCategory;
import dev.sluice.redaction.FieldFinding;
import dev.sluice.redaction.UnscannableField;

/**
 * Decides which masked records are still unsafe. Secrets and confidentiality labels hold the whole record back,
 * because a placeholder does not undo a leaked credential and a label marks the whole document. A field that
 * could not be scanned sends the record to quarantine too. Personal data and codenames are masked and the record goes on.
 */
public final class QuarantineRules {

    /** Detector id used in reasons for fields that could not be scanned. */
    public static final String UNSCANNABLE_DETECTOR = "unscannable-field";

    private QuarantineRules() {
    }

    public static Optional<QuarantineDecision> decide(List<FieldFinding> findings, List<UnscannableField> unscannable) {
        Map<String, QuarantineReason> reasons = new LinkedHashMap<>();
        boolean secret = false;
        boolean label = false;
        for (FieldFinding fieldFinding : findings) {
            FindingCategory category = fieldFinding.finding().category();
            if (category == FindingCategory.SECRET) {
                secret = true;
            } else if (category == FindingCategory.CONFIDENTIALITY_LABEL) {
                label = true;
            } else {
                continue;
            }
            addReason(reasons, fieldFinding.finding().detectorId(), fieldFinding.finding().entityType(),
                    fieldFinding.fieldPath());
        }
        for (UnscannableField field : unscannable) {
            addReason(reasons, UNSCANNABLE_DETECTOR, "UNSCANNABLE", field.fieldPath());
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        QuarantineVerdict verdict = secret ? QuarantineVerdict.SECRET
                : label ? QuarantineVerdict.CONFIDENTIALITY_LABEL
                : QuarantineVerdict.UNSCANNABLE_FIELD;
        return Optional.of(new QuarantineDecision(verdict, new ArrayList<>(reasons.values())));
    }

    /** Returns the decision for a record whose scan failed: it was not proven safe, so it is held back. */
    public static QuarantineDecision failed(QuarantineVerdict verdict, String step) {
        return new QuarantineDecision(verdict, List.of(new QuarantineReason(step, verdict.name(), "", 1)));
    }

    private static void addReason(Map<String, QuarantineReason> reasons, String detector, String entityType,
            String path) {
        String key = detector + '\u0000' + entityType + '\u0000' + path;
        QuarantineReason existing = reasons.get(key);
        if (existing == null) {
            reasons.put(key, new QuarantineReason(detector, entityType, path, 1));
        } else {
            existing.setCount(existing.getCount() + 1);
        }
    }
}
