package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Canadian Social Insurance Numbers: nine digits grouped 3-3-3 with spaces or dashes, or written without
 * separators, that pass the Luhn check. The first digit is never 0 or 8. One in ten nine-digit numbers passes
 * Luhn, so "SIN", "social insurance" or the French "NAS" / "assurance sociale" must occur in the
 * {@value #CONTEXT_CHARS} chars before the number. "SIN" and "NAS" match only in capitals.
 */
final class CaSinDetector extends ChecksumIdDetector {

    private static final Pattern SIN = Pattern.compile("[1-79][0-9]{2}([ \\-]?)[0-9]{3}([ \\-]?)[0-9]{3}");
    private static final int CONTEXT_CHARS = 40;
    private static final int SIN_DIGITS = 9;
    private static final int[] GROUPS = {3, 3, 3};

    CaSinDetector() {
        super("ca-sin", EntityTypes.CA_SIN, SIN, SIN_DIGITS, 11, "luhn",
                new ContextWords(CONTEXT_CHARS, "SIN", "social insurance", "NAS", "assurance sociale"),
                ContextRule.ALWAYS, "12345679");
    }

    @Override
    int minDigits() {
        return SIN_DIGITS;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitGroupsAt(text, start, GROUPS, " -");
    }

    @Override
    boolean isValid(String matched) {
        String digits = compact(matched);
        return !isRepeatedDigit(digits) && passesLuhn(digits);
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
