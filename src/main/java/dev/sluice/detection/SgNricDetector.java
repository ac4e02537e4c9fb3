package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Singapore NRIC and FIN numbers: a prefix letter (S, T, F, G or M), seven digits and a check letter. The
 * check sums the digits with weights 2, 7, 6, 5, 4, 3, 2, adds 4 for T and G and 3 for M, and picks the letter
 * from the prefix's table by the sum mod 11.
 */
// NOTE: the M table and its reversed index (10 - remainder) follow the steps published for the M series since
// 2022; no issued M number was available to confirm them.
final class SgNricDetector extends ChecksumIdDetector {

    private static final Pattern NRIC = Pattern.compile("[STFGM][0-9]{7}[A-Z]");
    private static final int NRIC_CHARS = 9;
    private static final int[] FIRST_DIGIT_OFFSETS = {1};
    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final String CITIZEN_LETTERS = "JZIHGFEDCBA";
    private static final String FOREIGNER_LETTERS = "XWUTRQPNMLK";
    private static final String M_SERIES_LETTERS = "KLJNPQRTUWX";

    SgNricDetector() {
        super("sg-nric-fin", EntityTypes.SG_NRIC_FIN, NRIC, NRIC_CHARS, NRIC_CHARS, "mod11", null,
                ContextRule.NEVER, "STFGM");
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.upperCaseLetters() >= 2 && super.mayMatch(profile);
    }

    /** Returns 1: the digits follow the prefix letter. */
    @Override
    int[] firstDigitOffsets() {
        return FIRST_DIGIT_OFFSETS;
    }

    @Override
    int minDigits() {
        return 7;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        char first = text.charAt(start);
        return (first == 'S' || first == 'T' || first == 'F' || first == 'G' || first == 'M')
                && isDigit(text, start + 1);
    }

    @Override
    boolean isValid(String matched) {
        String digits = matched.substring(1, 8);
        return !isRepeatedDigit(digits) && matched.charAt(8) == checkLetter(matched.charAt(0), digits);
    }

    static char checkLetter(char prefix, String digits) {
        int sum = weightedSum(digits, WEIGHTS);
        return switch (prefix) {
            case 'S' -> CITIZEN_LETTERS.charAt(sum % 11);
            case 'T' -> CITIZEN_LETTERS.charAt((sum + 4) % 11);
            case 'F' -> FOREIGNER_LETTERS.charAt(sum % 11);
            case 'G' -> FOREIGNER_LETTERS.charAt((sum + 4) % 11);
            case 'M' -> M_SERIES_LETTERS.charAt(10 - (sum + 3) % 11);
            default -> throw new IllegalArgumentException("not an NRIC prefix: " + prefix);
        };
    }
}
