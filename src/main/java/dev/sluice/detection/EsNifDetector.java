package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Spanish NIF numbers of citizens (the DNI number): eight digits and a check letter, optionally after a
 * dash or space. The letter is {@value #LETTERS} indexed by the number mod 23. Eight equal digits are
 * rejected, because "00000000T" and its kind pass the check but are never issued.
 */
final class EsNifDetector extends ChecksumIdDetector {

    static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private static final Pattern NIF = Pattern.compile("[0-9]{8}([ \\-]?)[A-Z]");

    EsNifDetector() {
        super("es-nif", EntityTypes.ES_NIF, NIF, 9, 10, "mod23", null, ContextRule.NEVER, DIGITS);
    }

    /** Returns 8: the pattern begins with eight digits. */
    @Override
    int minFirstRunDigits() {
        return 8;
    }

    @Override
    int minDigits() {
        return 8;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitsAt(text, start, 8) && (isCapital(text, start + 8)
                || ((text.charAt(start + 8) == ' ' || text.charAt(start + 8) == '-') && isCapital(text, start + 9)));
    }

    private static boolean isCapital(String text, int index) {
        return index < text.length() && text.charAt(index) >= 'A' && text.charAt(index) <= 'Z';
    }

    @Override
    boolean isValid(String matched) {
        String compact = compact(matched);
        String digits = compact.substring(0, 8);
        return !isRepeatedDigit(digits) && compact.charAt(8) == checkLetter(Integer.parseInt(digits));
    }

    static char checkLetter(int number) {
        return LETTERS.charAt(number % LETTERS.length());
    }
}
