package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Finnish personal identity codes (henkilötunnus): the birth date DDMMYY, a century sign, a three-digit
 * individual number and a check char. The century sign is '+' for the 1800s, '-' or U to Y for the 1900s, and A to
 * F for the 2000s. The check char is {@value #CHECK_CHARS} indexed by the nine digits DDMMYYNNN mod 31.
 */
final class FiPersonalIdentityCodeDetector extends ChecksumIdDetector {

    static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private static final Pattern CODE = Pattern.compile("[0-9]{6}[\\-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]");
    private static final int CODE_CHARS = 11;
    private static final int MIN_INDIVIDUAL_NUMBER = 2;
    private static final String CENTURY_SIGNS = "+-ABCDEFUVWXY";

    FiPersonalIdentityCodeDetector() {
        super("fi-personal-identity-code", EntityTypes.FI_PERSONAL_IDENTITY_CODE, CODE, CODE_CHARS, CODE_CHARS,
                "mod31", null, ContextRule.NEVER, DIGITS);
    }

    @Override
    int minDigits() {
        return 9;
    }

    @Override
    boolean mayStartAt(String text, int start) {
        return digitsAt(text, start, 6) && CENTURY_SIGNS.indexOf(text.charAt(start + 6)) >= 0
                && digitsAt(text, start + 7, 3);
    }

    @Override
    boolean isValid(String matched) {
        int day = Integer.parseInt(matched.substring(0, 2));
        int month = Integer.parseInt(matched.substring(2, 4));
        int individual = Integer.parseInt(matched.substring(7, 10));
        if (day < 1 || day > 31 || month < 1 || month > 12 || individual < MIN_INDIVIDUAL_NUMBER) {
            return false;
        }
        return matched.charAt(10) == checkChar(matched.substring(0, 6) + matched.substring(7, 10));
    }

    static char checkChar(String nineDigits) {
        return CHECK_CHARS.charAt(Integer.parseInt(nineDigits) % CHECK_CHARS.length());
    }
}
