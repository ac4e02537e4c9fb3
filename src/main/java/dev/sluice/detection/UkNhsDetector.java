package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds UK NHS numbers: ten digits grouped 3-3-4 with spaces or dashes, or written without separators. The tenth
 * digit is the mod-11 check digit of the first nine (weights 10 down to 2; a remainder giving 10 is never
 * issued). US phone numbers share the 3-3-4 layout and one in eleven passes the check, so the word "NHS" must
 * occur in the {@value #CONTEXT_CHARS} chars before the number. Ten equal digits pass the check and are rejected.
 */
final class UkNhsDetector extends ChecksumIdDetector {

    private static final Pattern NHS = Pattern.compile("[0-9]{3}([ \\-]?)[0-9]{3}([ \\-]?)[0-9]{4}");
    private static final int CONTEXT_CHARS = 40;
    private static final int[] WEIGHTS = {10, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] GROUPS = {3, 3, 4};

    UkNhsDetector() {
        super("uk-nhs", EntityTypes.UK_NHS, NHS, 10, 12, "mod11",
                new ContextWords(CONTEXT_CHARS, "nhs", "national health service"), ContextRule.ALWAYS, DIGITS);
    }

    @Override
    int minDigits() {
        return 10;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitGroupsAt(text, start, GROUPS, " -");
    }

    @Override
    boolean isValid(String matched) {
        return isValidNumber(compact(matched));
    }

    static boolean isValidNumber(String digits) {
        if (isRepeatedDigit(digits)) {
            return false;
        }
        int check = 11 - weightedSum(digits, WEIGHTS) % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
