package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Dutch citizen service numbers (burgerservicenummer, BSN): nine digits, bare or dotted 4.2.3, that pass
 * the eleven test (weights 9 down to 2 and -1 for the last digit, sum divisible by 11). One in eleven nine-digit
 * numbers passes, so "BSN", "burgerservicenummer" or "sofinummer" must occur in the {@value #CONTEXT_CHARS}
 * chars before the number. All-zero and repeated-digit numbers are rejected.
 */
final class NlBsnDetector extends ChecksumIdDetector {

    private static final Pattern BSN = Pattern.compile("[0-9]{4}(\\.?)[0-9]{2}(\\.?)[0-9]{3}");
    private static final int CONTEXT_CHARS = 40;
    private static final int BSN_DIGITS = 9;
    private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};
    private static final int[] GROUPS = {4, 2, 3};

    NlBsnDetector() {
        super("nl-bsn", EntityTypes.NL_BSN, BSN, BSN_DIGITS, 11, "mod11",
                new ContextWords(CONTEXT_CHARS, "bsn", "burgerservicenummer", "sofinummer", "sofi-nummer"),
                ContextRule.ALWAYS, DIGITS);
    }

    @Override
    int minDigits() {
        return BSN_DIGITS;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitGroupsAt(text, start, GROUPS, ".");
    }

    @Override
    boolean isValid(String matched) {
        String digits = compact(matched);
        return !isRepeatedDigit(digits) && weightedSum(digits, WEIGHTS) % 11 == 0;
    }
}
