package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Australian Medicare card numbers: ten digits grouped 4-5-1 with spaces or written without them. The first
 * digit is 2 to 6, the ninth is the check digit (the first eight weighted 1, 3, 7, 9, 1, 3, 7, 9, mod 10), and the
 * tenth is the card's issue number, 1 to 9. One in ten ten-digit numbers passes, so the word "Medicare" must occur
 * in the {@value #CONTEXT_CHARS} chars before the number. The one-digit reference number of a person on the card
 * is not part of the finding.
 */
final class AuMedicareDetector extends ChecksumIdDetector {

    private static final Pattern MEDICARE = Pattern.compile("[2-6][0-9]{3}( ?)[0-9]{5}( ?)[1-9]");
    private static final int CONTEXT_CHARS = 40;
    private static final int MEDICARE_DIGITS = 10;
    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9};
    private static final int[] GROUPS = {4, 5, 1};

    AuMedicareDetector() {
        super("au-medicare", EntityTypes.AU_MEDICARE, MEDICARE, MEDICARE_DIGITS, 12, "mod10",
                new ContextWords(CONTEXT_CHARS, "medicare"), ContextRule.ALWAYS, "23456");
    }

    @Override
    int minDigits() {
        return MEDICARE_DIGITS;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitGroupsAt(text, start, GROUPS, " ");
    }

    @Override
    boolean isValid(String matched) {
        String digits = compact(matched);
        return !isRepeatedDigit(digits.substring(0, 8)) && weightedSum(digits, WEIGHTS) % 10 == digits.charAt(8) - '0';
    }
}
