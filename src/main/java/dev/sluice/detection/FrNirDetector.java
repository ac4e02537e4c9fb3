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

    /** Tests the sex digit and that 15 digits, or 13 and a Corsican A or B, follow within the longest layout. */
    @Override
    boolean mayStartAt(String text, int start) {
        char sex = text.charAt(start);
        boolean validSex = sex == '1' || sex == '2' || sex == '3' || sex == '4' || sex == '7' || sex == '8';
        return validSex && nirCharsAhead(text, start) >= NIR_CHARS;
    }

    /** Counts the digits and the letters A and B in the run of them and spaces that starts at {@code start}. */
    private static int nirCharsAhead(String text, int start) {
        int end = Math.min(text.length(), start + MAX_CHARS);
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (TextChars.isAsciiDigit(c) || c == 'A' || c == 'B') {
                count++;
            } else if (c != ' ') {
                break;
            }
        }
        return count;
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
