package dev.sluice.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds document confidentiality markings: the built-in upper-case labels plus the lab's own labels from the
 * settings, as whole words and case-sensitively, so prose such as "keep this confidential" is not a label.
 * Labels joined only by spaces and dashes ("ACME CONFIDENTIAL – INTERNAL ONLY") are reported as one span.
 */
final class ConfidentialityLabelDetector implements Detector {

    static final List<String> BUILT_IN_LABELS = List.of(
            "CONFIDENTIAL",
            "STRICTLY CONFIDENTIAL",
            "HIGHLY CONFIDENTIAL",
            "COMPANY CONFIDENTIAL",
            "PROPRIETARY AND CONFIDENTIAL",
            "CONFIDENTIAL AND PROPRIETARY",
            "INTERNAL ONLY",
            "INTERNAL USE ONLY",
            "FOR INTERNAL USE ONLY",
            "DO NOT DISTRIBUTE",
            "DO NOT SHARE",
            "DO NOT FORWARD",
            "NOT FOR DISTRIBUTION",
            "NOT FOR EXTERNAL DISTRIBUTION",
            "TOP SECRET",
            "SECRET//NOFORN",
            "ATTORNEY-CLIENT PRIVILEGED",
            "PRIVILEGED AND CONFIDENTIAL",
            "EYES ONLY",
            "RESTRICTED",
            "UNDER NDA",
            "EMBARGOED");

    private final DictionaryMatcher labels;

    ConfidentialityLabelDetector(List<String> extraLabels) {
        List<String> all = new ArrayList<>(BUILT_IN_LABELS);
        all.addAll(extraLabels);
        this.labels = new DictionaryMatcher(all, false);
    }

    @Override
    public String id() {
        return "confidentiality-label";
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        int mergedStart = -1;
        int mergedEnd = -1;
        for (int[] span : labels.findWholeWords(text)) {
            if (mergedStart >= 0 && isJoiner(text, mergedEnd, span[0])) {
                mergedEnd = span[1];
                continue;
            }
            if (mergedStart >= 0) {
                add(mergedStart, mergedEnd, findings);
            }
            mergedStart = span[0];
            mergedEnd = span[1];
        }
        if (mergedStart >= 0) {
            add(mergedStart, mergedEnd, findings);
        }
    }

    private void add(int start, int end, List<Finding> findings) {
        findings.add(new Finding(start, end, EntityTypes.CONFIDENTIALITY_LABEL, FindingCategory.CONFIDENTIALITY_LABEL,
                id(), 0.95));
    }

    /** Returns whether {@code text[from, to)} holds only spaces, dashes, '/' or '|' between two labels. */
    private static boolean isJoiner(String text, int from, int to) {
        if (to - from > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '\u2013' && c != '\u2014' && c != '/' && c != '|') {
                return false;
            }
        }
        return true;
    }
}
