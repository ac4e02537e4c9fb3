package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds US Social Security numbers written as NNN-NN-NNNN, NNN NN NNNN or NNN.NN.NNNN with one consistent
 * separator. Area 000, 666 and 900-999, group 00 and serial 0000 are never issued and are rejected. A bare
 * 9-digit run is not reported because it is far more often an id or an amount.
 */
final class UsSsnDetector implements Detector {

    private static final Pattern SSN = Pattern.compile(
            "\\d{3}-\\d{2}-\\d{4}|\\d{3} \\d{2} \\d{4}|\\d{3}\\.\\d{2}\\.\\d{4}");

    /** Length of every match of {@link #SSN}. */
    private static final int SSN_LENGTH = 11;

    @Override
    public String id() {
        return "us-ssn";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // An SSN has nine digits.
        return profile.digits() >= 9;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        detect(text, findings, UsSsnDetector::forEachCandidate);
    }

    /** Finds SSNs among the pattern matches that {@code candidates} reports. */
    void detect(String text, List<Finding> findings, CandidateSpans.Source candidates) {
        candidates.forEach(text, (start, end) -> {
            if (isPartOfLongerNumber(text, start, end)) {
                return;
            }
            String digits = TextChars.digitsOf(text, start, end);
            if (isIssuable(digits)) {
                findings.add(new Finding(start, end, EntityTypes.US_SSN, FindingCategory.PERSONAL_DATA, id(), 0.85,
                        "ssa-ranges"));
            }
        });
    }

    /**
     * Reports the matches of {@link #SSN} that a {@code find()} loop over the whole text reports. The pattern
     * runs anchored, and only where three digits and a separator start a match.
     */
    /** Finds the same numbers as {@link #detect(String, List)}, trying only the ends of the context's digit runs. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        detect(context.text(), findings, (text, consumer) -> forEachCandidate(context, consumer));
    }

    /**
     * Reports what {@link #forEachCandidate(String, CandidateSpans.Consumer)} reports. A match starts three
     * digits before a separator, so the only start in a digit run is three chars before its end, and its digit
     * groups are runs of the shape {@link DigitRunFacts#threeGroupRuns} lists.
     */
    static void forEachCandidate(ScanContext context, CandidateSpans.Consumer consumer) {
        String text = context.text();
        int last = text.length() - SSN_LENGTH;
        int searchFrom = 0;
        for (int run : context.digitRunFacts().threeGroupRuns()) {
            int start = context.digitRunEnd(run) - 3;
            if (start < context.digitRunStart(run) || start < searchFrom || start > last || !mayStartSsn(text, start)) {
                continue;
            }
            int end = CandidateSpans.matchEndAt(SSN, text, start, SSN_LENGTH);
            if (end >= 0) {
                consumer.accept(start, end);
                searchFrom = end;
            }
        }
    }

    static void forEachCandidate(String text, CandidateSpans.Consumer consumer) {
        int last = text.length() - SSN_LENGTH;
        int i = 0;
        while (i <= last) {
            if (!mayStartSsn(text, i)) {
                i++;
                continue;
            }
            int end = CandidateSpans.matchEndAt(SSN, text, i, SSN_LENGTH);
            if (end < 0) {
                i++;
                continue;
            }
            consumer.accept(i, end);
            i = end;
        }
    }

    /**
     * Returns whether the 11 chars at {@code i} have the shape of a match: three digits, a separator, two digits,
     * the same separator and four digits. The pattern still confirms each start that passes.
     */
    private static boolean mayStartSsn(String text, int i) {
        char separator = text.charAt(i + 3);
        if (separator != '-' && separator != ' ' && separator != '.') {
            return false;
        }
        return ChecksumIdDetector.digitsAt(text, i, 3) && ChecksumIdDetector.digitsAt(text, i + 4, 2)
                && text.charAt(i + 6) == separator && ChecksumIdDetector.digitsAt(text, i + 7, 4);
    }

    /** Returns whether the match touches more digits, directly or across one separator char. */
    private static boolean isPartOfLongerNumber(String text, int start, int end) {
        if (TextChars.digitAt(text, start - 1) || TextChars.digitAt(text, end)) {
            return true;
        }
        boolean separatedBefore = start >= 2 && isSeparator(text.charAt(start - 1)) && TextChars.digitAt(text, start - 2);
        boolean separatedAfter = end + 1 < text.length() && isSeparator(text.charAt(end)) && TextChars.digitAt(text, end + 1);
        return separatedBefore || separatedAfter;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '/';
    }

    static boolean isIssuable(String digits) {
        int area = Integer.parseInt(digits.substring(0, 3));
        int group = Integer.parseInt(digits.substring(3, 5));
        int serial = Integer.parseInt(digits.substring(5, 9));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }
}
