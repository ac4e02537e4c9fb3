package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Australian tax file numbers: nine digits grouped 3-3-3 with spaces or dashes, or written without
 * separators, whose digits weighted 1, 4, 3, 7, 5, 8, 6, 9, 10 sum to a multiple of 11. One in eleven nine-digit
 * numbers passes, so "TFN" or "tax file number" must occur in the {@value #CONTEXT_CHARS} chars before the
 * number. Eight-digit TFNs of the old series are not reported.
 */
final class AuTfnDetector extends ChecksumIdDetector {

    private static final Pattern TFN = Pattern.compile("[0-9]{3}([ \\-]?)[0-9]{3}([ \\-]?)[0-9]{3}");
    private static final int CONTEXT_CHARS = 40;
    private static final int TFN_DIGITS = 9;
    private static final int[] WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    private static final int[] GROUPS = {3, 3, 3};

    AuTfnDetector() {
        super("au-tfn", EntityTypes.AU_TFN, TFN, TFN_DIGITS, 11, "mod11",
                new ContextWords(CONTEXT_CHARS, "tfn", "tax file number", "tax file no"), ContextRule.ALWAYS, DIGITS);
    }

    @Override
    int minDigits() {
        return TFN_DIGITS;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitGroupsAt(text, start, GROUPS, " -");
    }

    @Override
    boolean isValid(String matched) {
        String digits = compact(matched);
        return !isRepeatedDigit(digits) && weightedSum(digits, WEIGHTS) % 11 == 0;
    }
}
