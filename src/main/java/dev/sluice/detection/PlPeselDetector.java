package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Polish PESEL numbers: eleven digits made of the birth date YYMMDD, a serial and a check digit with the
 * weights 1, 3, 7, 9 repeating. The month carries the century: 80 is added for the 1800s, 0 for the 1900s, and
 * 20, 40 and 60 for the next three centuries. One in ten eleven-digit numbers with a valid date passes, and order
 * and phone numbers share the shape, so the word "PESEL" must occur in the {@value #CONTEXT_CHARS} chars before
 * the number.
 */
final class PlPeselDetector extends ChecksumIdDetector {

    private static final Pattern PESEL = Pattern.compile("[0-9]{11}");
    private static final int PESEL_CHARS = 11;
    private static final int CONTEXT_CHARS = 40;
    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    private static final int CENTURY_MONTH_STEP = 20;

    PlPeselDetector() {
        super("pl-pesel", EntityTypes.PL_PESEL, PESEL, PESEL_CHARS, PESEL_CHARS, "mod10",
                new ContextWords(CONTEXT_CHARS, "pesel"), ContextRule.ALWAYS, DIGITS);
    }

    /** Returns 11: a PESEL is one run of eleven digits. */
    @Override
    int minFirstRunDigits() {
        return PESEL_CHARS;
    }

    @Override
    int minDigits() {
        return PESEL_CHARS;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitsAt(text, start, PESEL_CHARS);
    }

    @Override
    boolean isValid(String matched) {
        if (isRepeatedDigit(matched) || !hasValidDate(matched)) {
            return false;
        }
        int check = (10 - weightedSum(matched, WEIGHTS) % 10) % 10;
        return check == matched.charAt(10) - '0';
    }

    /** Returns whether digits 3-6 are a month (with its century offset) and a day of 1 to 31. */
    private static boolean hasValidDate(String digits) {
        int month = Integer.parseInt(digits.substring(2, 4)) % CENTURY_MONTH_STEP;
        int day = Integer.parseInt(digits.substring(4, 6));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
}
