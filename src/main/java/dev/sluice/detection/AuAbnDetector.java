package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Australian Business Numbers: eleven digits grouped 2-3-3-3 with spaces, or written without separators.
 * With 1 subtracted from the first digit, the digits weighted 10, 1, 3, 5, ..., 19 sum to a multiple of 89. The
 * German tax id shares the 2-3-3-3 layout and phone numbers the length, so "ABN" or "Australian Business Number"
 * must occur in the {@value #CONTEXT_CHARS} chars before the number.
 */
final class AuAbnDetector extends ChecksumIdDetector {

    private static final Pattern ABN = Pattern.compile("[1-9][0-9]( ?)[0-9]{3}( ?)[0-9]{3}( ?)[0-9]{3}");
    private static final int CONTEXT_CHARS = 40;
    private static final int ABN_DIGITS = 11;
    private static final int[] WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
    private static final int[] GROUPS = {2, 3, 3, 3};

    AuAbnDetector() {
        super("au-abn", EntityTypes.AU_ABN, ABN, ABN_DIGITS, 14, "mod89",
                new ContextWords(CONTEXT_CHARS, "abn", "australian business number"), ContextRule.ALWAYS, "123456789");
    }

    @Override
    int minDigits() {
        return ABN_DIGITS;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitGroupsAt(text, start, GROUPS, " ");
    }

    @Override
    boolean isValid(String matched) {
        String digits = compact(matched);
        return !isRepeatedDigit(digits) && (weightedSum(digits, WEIGHTS) - WEIGHTS[0]) % 89 == 0;
    }
}
