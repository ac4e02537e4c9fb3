package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds German tax identification numbers (steuerliche Identifikationsnummer, Steuer-ID): eleven digits, bare or
 * grouped 2-3-3-3 with spaces, with no leading zero. The last digit is the ISO 7064 MOD 11,10 check digit of the
 * first ten. In those ten, exactly one digit occurs twice or three times, and every other digit at most once. A
 * digit that occurs three times is never in three neighbouring places. One in ten such numbers passes the check,
 * so a context word such as "Steuer-ID", "IdNr" or "Identifikationsnummer" must occur in the
 * {@value #CONTEXT_CHARS} chars before the number.
 */
final class DeTaxIdDetector extends ChecksumIdDetector {

    private static final Pattern TAX_ID = Pattern.compile("[1-9][0-9]( ?)[0-9]{3}( ?)[0-9]{3}( ?)[0-9]{3}");
    private static final int CONTEXT_CHARS = 40;
    private static final int TAX_ID_DIGITS = 11;
    private static final int PAYLOAD_DIGITS = 10;
    private static final int[] GROUPS = {2, 3, 3, 3};

    DeTaxIdDetector() {
        super("de-tax-id", EntityTypes.DE_TAX_ID, TAX_ID, TAX_ID_DIGITS, 14, "iso7064-mod11-10",
                new ContextWords(CONTEXT_CHARS, "steuer-id", "steuerid", "steuer-idnr", "idnr",
                        "identifikationsnummer", "steueridentifikationsnummer", "steuer-identifikationsnummer",
                        "tax id", "TIN"),
                ContextRule.ALWAYS, "123456789");
    }

    @Override
    int minDigits() {
        return TAX_ID_DIGITS;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitGroupsAt(text, start, GROUPS, " ");
    }

    @Override
    boolean isValid(String matched) {
        String digits = compact(matched);
        return hasValidDigitCounts(digits) && digits.charAt(PAYLOAD_DIGITS) - '0' == checkDigit(digits);
    }

    /** Returns the ISO 7064 MOD 11,10 check digit of the first ten digits. */
    static int checkDigit(String digits) {
        int product = 10;
        for (int i = 0; i < PAYLOAD_DIGITS; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }

    /**
     * Returns whether exactly one digit occurs twice or three times in the first ten and every other at most once,
     * with a digit that occurs three times not in three neighbouring places.
     */
    private static boolean hasValidDigitCounts(String digits) {
        int[] counts = new int[10];
        for (int i = 0; i < PAYLOAD_DIGITS; i++) {
            counts[digits.charAt(i) - '0']++;
        }
        int repeated = -1;
        for (int digit = 0; digit < 10; digit++) {
            if (counts[digit] > 3 || (counts[digit] > 1 && repeated >= 0)) {
                return false;
            }
            if (counts[digit] > 1) {
                repeated = digit;
            }
        }
        return repeated >= 0 && !(counts[repeated] == 3 && hasTripleRun(digits, (char) ('0' + repeated)));
    }

    private static boolean hasTripleRun(String digits, char digit) {
        for (int i = 0; i + 2 < PAYLOAD_DIGITS; i++) {
            if (digits.charAt(i) == digit && digits.charAt(i + 1) == digit && digits.charAt(i + 2) == digit) {
                return true;
            }
        }
        return false;
    }
}
