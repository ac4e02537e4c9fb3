package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds French social security numbers (NIR, numéro de sécurité sociale) of 15 chars: a sex digit, year, month,
 * département (2A and 2B for Corsica), commune, order number and a two-digit key. The sex digit is 1 or 2, or 3,
 * 4, 7 or 8 for temporary numbers. They are written in groups {@code 1 84 12 76 451 089 46} or without spaces.
 * The key is 97 minus the first 13 digits mod 97, with 2A read as 19 and 2B as 18. A number without spaces also
 * needs a context word such as "NIR", "INSEE" or "sécurité sociale" in the {@value #CONTEXT_CHARS} chars before
 * it, because fifteen-digit IMEIs and order numbers pass the key once in 97.
 */
final class FrNirDetector extends ChecksumIdDetector {

    private static final Pattern NIR = Pattern.compile(
            "[1-478]( ?)[0-9]{2}( ?)[0-9]{2}( ?)(?:[0-9]{2}|2[AB])( ?)[0-9]{3}( ?)[0-9]{3}( ?)[0-9]{2}");
    private static final int CONTEXT_CHARS = 40;
    private static final int NIR_CHARS = 15;
    private static final int MAX_CHARS = 21;
    private static final int KEY_MODULUS = 97;

    /** Lengths of the groups after the sex digit; the one at {@link #DEPARTEMENT_GROUP} may be 2A or 2B. */
    private static final int[] GROUPS_AFTER_SEX = {2, 2, 2, 3, 3, 2};
    private static final int DEPARTEMENT_GROUP = 2;

    FrNirDetector() {
        super("fr-nir", EntityTypes.FR_NIR, NIR, NIR_CHARS, MAX_CHARS, "mod97",
                new ContextWords(CONTEXT_CHARS, "nir", "insee", "sécurité sociale", "securite sociale", "sécu",
                        "carte vitale", "social security"),
                ContextRule.UNGROUPED, "123478");
    }

    @Override
    int minDigits() {
        return NIR_CHARS - 2;
    }

    /**
     * Tests the sex digit and the groups after it, all joined by one space or all joined directly, as the
     * pattern and the default {@link #hasValidLayout} demand. The char after the sex digit decides the layout.
     */
    @Override
    boolean mayStartAt(String text, int start) {
        char sex = text.charAt(start);
        boolean validSex = sex == '1' || sex == '2' || sex == '3' || sex == '4' || sex == '7' || sex == '8';
        if (!validSex) {
            return false;
        }
        boolean spaced = text.charAt(start + 1) == ' ';
        int at = start + 1;
        for (int group = 0; group < GROUPS_AFTER_SEX.length; group++) {
            if (spaced) {
                if (at >= text.length() || text.charAt(at) != ' ') {
                    return false;
                }
                at++;
            }
            int length = GROUPS_AFTER_SEX[group];
            if (!digitsAt(text, at, length) && !(group == DEPARTEMENT_GROUP && isCorsica(text, at))) {
                return false;
            }
            at += length;
        }
        return true;
    }

    /** Returns whether the Corsican département 2A or 2B starts at {@code at}. */
    private static boolean isCorsica(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == '2'
                && (text.charAt(at + 1) == 'A' || text.charAt(at + 1) == 'B');
    }

    @Override
    boolean isValid(String matched) {
        String compact = compact(matched);
        int month = Integer.parseInt(compact.substring(3, 5));
        boolean validMonth = (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
        if (!validMonth) {
            return false;
        }
        long number = Long.parseLong(compact.substring(0, 5) + corsicaDigits(compact.substring(5, 7))
                + compact.substring(7, 13));
        int key = Integer.parseInt(compact.substring(13));
        return key == KEY_MODULUS - number % KEY_MODULUS;
    }

    /** Returns the département with the Corsican 2A and 2B read as 19 and 18, as the key computation does. */
    private static String corsicaDigits(String departement) {
        return switch (departement) {
            case "2A" -> "19";
            case "2B" -> "18";
            default -> departement;
        };
    }
}
