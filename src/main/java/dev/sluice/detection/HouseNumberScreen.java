package dev.sluice.detection;

/**
 * The first and cheapest test at a digit run that {@link StreetAddressDetector} may take as a house number. It
 * reads the chars right next to the digits, and returns false only where neither {@link StreetPatterns} pattern
 * can yield an address there. Prose is full of short numbers ("2024", "14:30", "3,4 millions", "sala 204"), and
 * nearly all of them fail this test, so the detector's other gates and the patterns run only at the rest.
 */
final class HouseNumberScreen {

    /** The maximum number of digits after the '-' of a US house number such as "12-1234". */
    private static final int MAX_UNIT_DIGITS = 4;

    /** The last letters of the number words that end in '.': "n.", "No.", "Nr.", "núm.". */
    private static final String NUMBER_WORD_LAST_LETTERS = "norm";

    private HouseNumberScreen() {
    }

    /**
     * Returns false only when {@link StreetPatterns#NUMBER_FIRST} cannot match at a house number ending at
     * {@code digitsEnd}, judged by the few chars after it. After the digits, the US form has an optional ASCII
     * letter, an optional '-' and one to four digits, a space, and a word that starts with a capital or a digit.
     * The French form has an optional "bis", "ter" or ASCII letter (with or without a space before it), an
     * optional ',', a space, and a French street type (in any letter case) with a space after it.
     */
    static boolean mayStartNumberFirst(String text, int digitsEnd) {
        // Both forms have at least a space and a word char after the digits.
        if (digitsEnd + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(digitsEnd);
        char second = text.charAt(digitsEnd + 1);
        if (next == ' ') {
            return mayStartStreetAfterSpace(text, digitsEnd + 1, second);
        }
        if (next == ',') {
            // Only the French form has a ',' right after the digits.
            return second == ' ' && NumberFirstShape.isFrenchTypeAt(text, digitsEnd + 2, text.length());
        }
        if (next == '-') {
            // Only the US form has a '-' right after the digits, before the digits of a unit and a space.
            return mayStartUnitNumber(text, digitsEnd + 1);
        }
        if (TextChars.isAsciiLetter(next)) {
            return second == ' ' || second == '-' || mayEndFrenchLetterAt(text, digitsEnd);
        }
        return false;
    }

    /**
     * Returns false only when neither form can go on at {@code at}, the char {@code first} after a space right
     * after the digits. A lower-case ASCII letter there rules out the US form, so only the French form is left.
     */
    private static boolean mayStartStreetAfterSpace(String text, int at, char first) {
        if (first >= 0x80) {
            // What StreetAddressDetector.mayStartStreetAfterNumber decides for a char outside ASCII.
            return StreetChars.isUpperCase(first);
        }
        if (first >= 'a' && first <= 'z') {
            return NumberFirstShape.isFrenchTypeAt(text, at, text.length()) || mayEndFrenchLetterAt(text, at);
        }
        return (first >= 'A' && first <= 'Z') || TextChars.isAsciiDigit(first);
    }

    /**
     * Returns whether "bis", "ter" or an ASCII letter starts at {@code at} and is followed by an optional ',', a
     * space and a French street type, as in "12 b rue" or "12bis, rue".
     */
    private static boolean mayEndFrenchLetterAt(String text, int at) {
        if (mayFollowWithFrenchType(text, at + 1)) {
            return true;
        }
        boolean word = text.startsWith("bis", at) || text.startsWith("ter", at);
        return word && mayFollowWithFrenchType(text, at + 3);
    }

    /** Returns whether an optional ',', a space and a French street type start at {@code at}. */
    private static boolean mayFollowWithFrenchType(String text, int at) {
        int space = at < text.length() && text.charAt(at) == ',' ? at + 1 : at;
        return space < text.length() && text.charAt(space) == ' '
                && NumberFirstShape.isFrenchTypeAt(text, space + 1, text.length());
    }

    /** Returns whether one to four digits and a space start at {@code at}, as after "12-" in "12-1234 ". */
    private static boolean mayStartUnitNumber(String text, int at) {
        int end = at;
        while (end < text.length() && end - at <= MAX_UNIT_DIGITS && TextChars.isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end > at && end - at <= MAX_UNIT_DIGITS && end < text.length() && text.charAt(end) == ' ';
    }

    /**
     * Returns false only when no {@link StreetPatterns#STREET_FIRST} match that the detector tries can end in
     * the house number at {@code number}. The pattern puts ", ", a space or a number word right before its house
     * number, and the detector's walk starts it only at a word, so the char before the digits is a space, or the
     * '.' of "n.", "No.", "Nr." or "núm.". The other number words end in a letter, which is no house number's
     * neighbour, or in '°', which ends the walk. Then {@link StreetWordWalk#mayEndStreetBefore} decides.
     */
    static boolean mayEndStreetFirst(String text, int number) {
        if (number < 2) {
            return false;
        }
        char before = text.charAt(number - 1);
        if (before == '.' && NUMBER_WORD_LAST_LETTERS.indexOf(text.charAt(number - 2)) < 0) {
            return false;
        }
        return (before == ' ' || before == '.') && StreetWordWalk.mayEndStreetBefore(text, number);
    }
}
