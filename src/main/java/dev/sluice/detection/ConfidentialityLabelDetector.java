package dev.sluice.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds document confidentiality markings: the built-in upper-case labels plus the lab's own labels from the
 * settings, as whole words and case-sensitively, so prose such as "keep this confidential" is not a label.
 * Labels joined only by spaces and dashes ("ACME CONFIDENTIAL – INTERNAL ONLY") are reported as one span.
 *
 * <p>The built-in labels include the usual markings in French, German, Spanish, Portuguese, Japanese and
 * Hindi. The Japanese 機密 and 極秘 and the Hindi गोपनीय are also ordinary words ("この資料は機密です",
 * "यह जानकारी गोपनीय है"). So they count only in the position of a marking (see {@link #isInMarkingPosition}).
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
            "EMBARGOED",
            "CONFIDENTIEL",
            "STRICTEMENT CONFIDENTIEL",
            "VERTRAULICH",
            "STRENG VERTRAULICH",
            "NUR FÜR DEN INTERNEN GEBRAUCH",
            "CONFIDENCIAL",
            "社外秘");

    /** Labels that are also words of ordinary prose, reported only in the position of a marking. */
    static final List<String> MARKING_ONLY_LABELS = List.of("機密", "極秘", "गोपनीय");

    private static final String OPENING_BRACKETS = "【[（(「『〔<";
    private static final String CLOSING_BRACKETS = "】]）)」』〕>";

    private final DictionaryMatcher labels;
    private final boolean hasExtraLabels;
    private final DictionaryMatcher markingOnlyLabels = new DictionaryMatcher(MARKING_ONLY_LABELS, false);

    ConfidentialityLabelDetector(List<String> extraLabels) {
        List<String> all = new ArrayList<>(BUILT_IN_LABELS);
        all.addAll(extraLabels);
        this.labels = new DictionaryMatcher(all, false);
        this.hasExtraLabels = extraLabels.stream().anyMatch(label -> label != null && !label.isBlank());
    }

    /**
     * Returns false when the text contains none of the built-in labels and the settings add none, because then
     * neither dictionary can match.
     */
    @Override
    public boolean mayMatch(ScanContext context) {
        return hasExtraLabels || context.containsAny(TriggerWords.CONFIDENTIALITY_LABELS);
    }

    @Override
    public String id() {
        return "confidentiality-label";
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        int mergedStart = -1;
        int mergedEnd = -1;
        for (int[] span : allLabels(text)) {
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

    /** Returns the labels of both dictionaries sorted by start, dropping marking-only words in prose. */
    private List<int[]> allLabels(String text) {
        List<int[]> spans = labels.findWholeWords(text);
        List<int[]> marked = markingOnlyLabels.findWholeWords(text);
        if (marked.isEmpty()) {
            return spans;
        }
        // Both lists are sorted by start and free of overlaps within themselves, so one pointer into spans
        // finds the only label that can overlap each marking-only word.
        List<int[]> all = new ArrayList<>(spans);
        int next = 0;
        for (int[] word : marked) {
            while (next < spans.size() && spans.get(next)[1] <= word[0]) {
                next++;
            }
            boolean overlapsLabel = next < spans.size() && spans.get(next)[0] < word[1];
            if (!overlapsLabel && isInMarkingPosition(text, word[0], word[1])) {
                all.add(word);
            }
        }
        all.sort(Comparator.comparingInt(span -> span[0]));
        return all;
    }

    /**
     * Returns whether {@code text[start, end)} is where a marking would be: after an opening bracket or at the
     * start of a line (after optional blanks), and before a closing bracket, whitespace, ':', a dash or the
     * end of the line.
     */
    static boolean isInMarkingPosition(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        boolean opensMarking = before < 0 || text.charAt(before) == '\n' || text.charAt(before) == '\r'
                || OPENING_BRACKETS.indexOf(text.charAt(before)) >= 0;
        if (!opensMarking) {
            return false;
        }
        if (end == text.length()) {
            return true;
        }
        char after = text.charAt(end);
        return Character.isWhitespace(after) || CLOSING_BRACKETS.indexOf(after) >= 0 || after == ':'
                || after == '-' || after == '\u2013' || after == '\u2014';
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
