package dev.sluice.detection;

/**
 * The first and cheapest test at a digit run that {@link StreetAddressDetector} may take as a house number. It
 * reads the chars right next to the digits, and returns false only where neither {@link StreetPatterns} pattern
 * can yield an address there, or where the detector's older gates after it reject the number anyway. Prose is full of short numbers ("2024", "14:30", "3,4 millions", "sala 204"), and
 * nearly all of them fail this test, so the detector's other gates and the patterns run only at the rest.
 */
final class HouseNumberScreen {

    /** The maximum number of digits after the '-' of a US house number such as "12-1234". */
    private static final int MAX_UNIT_DIGITS = 4;

    /**
     * One bit for each pair of ASCII chars, at {@code first << 7 | second}, set where the pair may start the
     * French form after the space: the first two letters of a French street type in any case, "bi", "te", or a
     * letter before ',' or a space.
     */
    private static final long[] FRENCH_PAIRS = frenchPairs();

    private HouseNumberScreen() {
    }

    /**
     * Returns false only when {@link StreetPatterns#NUMBER_FIRST} cannot match at a house number ending at
     * {@code digitsEnd}, judged by the few chars after it. After the digits, the US form has an optional ASCII
     * letter, an optional '-' and one to four digits, a space, and a word that starts with a capital or a digit.
     * The French form has an optional "bis", "ter" or ASCII letter (with or without a space before it), an
     * optional ',', a space, and a French street type (in any letter case) with a space after it. After a space
     * it also rejects what {@link StreetAddressDetector#mayStartStreetAfterNumber} rejects, such as a capital
     * outside the BMP.
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
            return mayStartFrenchPair(text, at, first)
                    && (NumberFirstShape.isFrenchTypeAt(text, at, text.length()) || mayEndFrenchLetterAt(text, at));
        }
        return (first >= 'A' && first <= 'Z') || TextChars.isAsciiDigit(first);
    }

    /**
     * Returns false only when neither a French street type nor "bis", "ter" or a lone letter before ',' or a
     * space starts at {@code at}, where the lower-case ASCII letter {@code first} is, judged by one table read.
     */
    private static boolean mayStartFrenchPair(String text, int at, char first) {
        if (at + 1 >= text.length()) {
            return false;
        }
        char second = text.charAt(at + 1);
        if (second >= 0x80) {
            // No second letter of a type, of "bis" or of "ter" is a char outside ASCII or folds from one.
            return false;
        }
        int pair = first << 7 | second;
        return (FRENCH_PAIRS[pair >>> 6] & 1L << pair) != 0;
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
     * the house number at {@code number}, judged by the char before it. The pattern puts ", ", a space or a number
     * word right before its house number, and the detector's walk starts it only at a word, so that char is a
     * space, or the '.' of "n.", "No.", "Nr." or "núm.". The other number words end in a letter, which is no
     * house number's neighbour, or in '°', which ends the walk. The walk then checks the words themselves.
     */
    static boolean mayEndStreetFirst(String text, int number) {
        if (number < 2) {
            return false;
        }
        char before = text.charAt(number - 1);
        if (before == ' ') {
            return true;
        }
        char last = text.charAt(number - 2);
        return before == '.' && (last == 'n' || last == 'o' || last == 'r' || last == 'm');
    }

    private static long[] frenchPairs() {
        long[] bits = new long[(1 << 14) / Long.SIZE];
        for (char first = 0; first < 0x80; first++) {
            for (char second = 0; second < 0x80; second++) {
                boolean type = false;
                for (String french : NumberFirstShape.FRENCH_TYPES) {
                    type |= NumberFirstShape.mayFoldTo(first, french.charAt(0))
                            && NumberFirstShape.mayFoldTo(second, french.charAt(1));
                }
                boolean word = first == 'b' && second == 'i' || first == 't' && second == 'e';
                boolean letter = TextChars.isAsciiLetter(first) && (second == ',' || second == ' ');
                if (type || word || letter) {
                    int pair = first << 7 | second;
                    bits[pair >>> 6] |= 1L << pair;
                }
            }
        }
        return bits;
    }
}
