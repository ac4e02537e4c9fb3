package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Spanish NIE numbers of foreign residents: X, Y or Z, seven digits and a check letter, with optional
 * dashes after the first letter and before the check letter. The check letter is that of a NIF whose number is
 * the seven digits after 0 for X, 1 for Y or 2 for Z.
 */
final class EsNieDetector extends ChecksumIdDetector {

    private static final int[] FIRST_DIGIT_OFFSETS = {2, 1};

    private static final Pattern NIE = Pattern.compile("[XYZ](-?)[0-9]{7}(-?)[A-Z]");

    EsNieDetector() {
        super("es-nie", EntityTypes.ES_NIE, NIE, 9, 11, "mod23", null, ContextRule.NEVER, "XYZ");
    }

    /** Returns 2 and 1: the first digit follows the letter and an optional '-'. */
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
        return (first == 'X' || first == 'Y' || first == 'Z')
                && (isDigit(text, start + 1) || (text.charAt(start + 1) == '-' && isDigit(text, start + 2)));
    }

    @Override
    boolean isValid(String matched) {
        String compact = compact(matched);
        String digits = compact.substring(1, 8);
        int prefix = compact.charAt(0) - 'X';
        int number = prefix * 10_000_000 + Integer.parseInt(digits);
        return !isRepeatedDigit(digits) && compact.charAt(8) == EsNifDetector.checkLetter(number);
    }
}
